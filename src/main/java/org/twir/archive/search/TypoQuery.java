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
import org.jspecify.annotations.Nullable;

/**
 * A {@link FuzzyQuery} whose terms come from a segment's {@link Vocabulary}, or, for a field too large to hold
 * one, from an edit automaton built elsewhere ({@link Typos}), possibly for more edits than this query allows:
 * terms further than {@code edits} are skipped. Matches, scores and expands (the nearest {@code maxExpansions}
 * terms, their document frequencies blended) as {@link FuzzyQuery} with prefix {@value Typos#PREFIX} and
 * transpositions does.
 */
final class TypoQuery extends MultiTermQuery {

    private final Term term;
    private final int edits;
    private final int[] termPoints;
    private final @Nullable CompiledAutomaton automaton;
    private final int automatonEdits;

    /** The terms within {@code edits} of {@code term}, found in each segment's {@link Vocabulary}. */
    TypoQuery(Term term, int edits, int maxExpansions) {
        this(term, edits, maxExpansions, null, edits);
    }

    /** {@code automaton} accepts the terms within {@code automatonEdits} (at least {@code edits}) of the term. */
    TypoQuery(Term term, int edits, int maxExpansions, @Nullable CompiledAutomaton automaton, int automatonEdits) {
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
        return automaton == null ? fromVocabulary(terms) : fromAutomaton(automaton.getTermsEnum(terms));
    }

    private TermsEnum fromAutomaton(TermsEnum accepted) {
        return new FilteredTermsEnum(accepted, false) {
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

    /** Seeks the segment's terms to each near term its vocabulary names, in term order. */
    private TermsEnum fromVocabulary(Terms terms) throws IOException {
        Vocabulary vocabulary = Vocabulary.of(terms);
        int[] near = vocabulary.near(termPoints, edits);
        return new FilteredTermsEnum(terms.iterator(), true) {
            private final BoostAttribute boost = attributes().addAttribute(BoostAttribute.class);
            private int next;
            private @Nullable BytesRef expected;
            private float expectedBoost;

            @Override
            protected @Nullable BytesRef nextSeekTerm(BytesRef current) {
                if (next >= near.length) {
                    return null;
                }
                int index = near[next];
                expected = vocabulary.term(index);
                expectedBoost = Typos.score(termPoints, vocabulary.points(index), near[next + 1]);
                next += 2;
                return expected;
            }

            @Override
            protected AcceptStatus accept(BytesRef candidate) {
                if (!candidate.bytesEquals(expected)) {
                    return AcceptStatus.NO_AND_SEEK;
                }
                boost.setBoost(expectedBoost);
                return AcceptStatus.YES_AND_SEEK;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.consumeTermsMatching(
                    this,
                    field,
                    () -> automaton != null && automatonEdits == edits
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
