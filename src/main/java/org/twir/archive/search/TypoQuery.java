package org.twir.archive.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * A {@link FuzzyQuery} over an edit automaton built elsewhere ({@link Typos}), possibly for more edits than this
 * query allows: terms further than {@code edits} are skipped. Matches, scores and expands (the nearest {@code
 * maxExpansions} terms, their document frequencies blended) as {@link FuzzyQuery} with prefix {@value
 * Typos#PREFIX} and transpositions does.
 */
final class TypoQuery extends MultiTermQuery {

    private final Term term;
    private final int edits;
    private final int[] termPoints;
    private final CompiledAutomaton automaton;
    private final int automatonEdits;

    /** {@code automaton} accepts the terms within {@code automatonEdits} (at least {@code edits}) of the term. */
    TypoQuery(Term term, int edits, int maxExpansions, CompiledAutomaton automaton, int automatonEdits) {
        super(term.field(), new TopTermsBlendedFreqScoringRewrite(maxExpansions));
        if (automatonEdits < edits) {
            throw new IllegalArgumentException("an automaton for " + automatonEdits + " edits cannot find " + edits);
        }
        this.term = term;
        this.edits = edits;
        this.termPoints = term.text().codePoints().toArray();
        this.automaton = automaton;
        this.automatonEdits = automatonEdits;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        return new FilteredTermsEnum(automaton.getTermsEnum(terms), false) {
            private final BoostAttribute boost = attributes().addAttribute(BoostAttribute.class);

            @Override
            protected AcceptStatus accept(BytesRef candidate) {
                int[] points = Typos.codePoints(candidate);
                int distance = Typos.distance(termPoints, points);
                if (distance > edits) {
                    return AcceptStatus.NO;
                }
                boost.setBoost(Typos.score(termPoints, points, distance));
                return AcceptStatus.YES;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.consumeTermsMatching(
                    this,
                    field,
                    () -> automatonEdits == edits
                            ? automaton.runAutomaton
                            : FuzzyQuery.getFuzzyAutomaton(term.text(), edits, Typos.PREFIX, true).runAutomaton);
        }
    }

    @Override
    public String toString(String field) {
        return (this.field.equals(field) ? "" : this.field + ":") + term.text() + "~" + edits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypoQuery that && super.equals(other) && term.equals(that.term) && edits == that.edits;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), term, edits);
    }
}
