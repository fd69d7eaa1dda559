package org.twir.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;
import org.twir.archive.index.IndexSchema;
import org.twir.archive.index.TextAnalysis;
import org.twir.archive.model.Category;
import org.twir.archive.model.EntryKind;
import org.twir.archive.search.ReaderQuery.Clause;

/**
 * Turns a {@link ReaderQuery} into a Lucene query. Each word must match in some text field (title weighs
 * most); the best field counts, the others add a little (dismax with a tie-breaker). In the typo-tolerant
 * flavour, words of {@value #ONE_TYPO_LENGTH}+ letters may also match with one edit and of
 * {@value #TWO_TYPO_LENGTH}+ with two (Damerau: a swap counts as one), keeping the first letter.
 */
final class QueryFactory {

    static final int ONE_TYPO_LENGTH = 5;
    static final int TWO_TYPO_LENGTH = 9;

    /** Longer words are no typos but pasted junk; their edit automata would be costly to build. */
    static final int MAX_TYPO_LENGTH = 40;

    /** Field weights: a word in the title says far more about an entry than one in its description. */
    private static final Map<String, Float> TEXT_FIELDS = Map.of(
            IndexSchema.TITLE, 4f,
            IndexSchema.TITLE_EXACT, 2f,
            IndexSchema.DESCRIPTION, 1f,
            IndexSchema.URL_WORDS, 0.6f,
            IndexSchema.SECTION_WORDS, 0.3f);

    private static final Map<String, Float> TITLE_FIELDS = Map.of(IndexSchema.TITLE, 4f, IndexSchema.TITLE_EXACT, 2f);
    /** Typos are matched against the title's word forms and the description's stems. */
    private static final Map<String, Float> FUZZY_FIELDS =
            Map.of(IndexSchema.TITLE_EXACT, 2f, IndexSchema.DESCRIPTION, 0.5f);

    private static final float TIE_BREAKER = 0.3f;

    /**
     * Weight of a completion of the word being typed: below the whole word in the title (4 + tie-breaker), so an
     * entry with the word as typed ranks above one with a longer word that merely starts with it.
     */
    private static final float PREFIX_WEIGHT = 1.5f;

    /** Weight of a completion allowed only by the typo pass (a short unknown word, a mistyped prefix). */
    private static final float TYPO_PREFIX_WEIGHT = 0.5f;

    /** A word this short is no typo and no abbreviation worth completing in the middle of a query. */
    static final int MIN_COMPLETED_LENGTH = 3;

    /** At most this many terms per field a typo'd word may stand for; the nearest (then first) are kept. */
    private static final int MAX_TYPO_EXPANSIONS = 50;

    /** At most this many prefixes one typo away from a mistyped prefix; the nearest (then first) are kept. */
    private static final int MAX_FUZZY_PREFIXES = 64;

    /** Words that carry no meaning alone; they only rank, never exclude. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or", "the",
            "to", "with", "your", "you", "we", "our", "its");

    /** Words analysed recently, per chain: most words of a day's queries were asked before, in other queries. */
    static final int RECENT_WORDS = 4096;

    /** Longer words (pasted junk) are analysed at every search, not kept. */
    static final int MAX_RECENT_WORD_LENGTH = 64;

    private final Analyzer analyzer;
    private final TextAnalysis.QueryAnalysis analysis;
    private final QueryBuilder builder;
    /** Per chain (by identity; built once, then only read): the one token each recent word is, or none. */
    private final Map<Analyzer, RecentMap<String, Optional<String>>> recentTokens = new IdentityHashMap<>();

    QueryFactory(TextAnalysis.QueryAnalysis analysis) {
        this.analysis = analysis;
        this.analyzer = analysis.perField();
        this.builder = new QueryBuilder(analyzer);
        recentTokens.put(analysis.otherwise(), new RecentMap<>(RECENT_WORDS));
        analysis.chains().values().forEach(chain -> recentTokens.putIfAbsent(chain, new RecentMap<>(RECENT_WORDS)));
    }

    /**
     * The query for {@code parsed}; match-all when it has no positive clause.
     *
     * @param typoTolerant which words may also match with typos (only plain words long enough, see
     *     {@link #typoEdits}, ever do)
     */
    Query build(ReaderQuery parsed, Predicate<Clause> typoTolerant) {
        return build(parsed, typoTolerant, new Typos(), null);
    }

    /**
     * {@link #build(ReaderQuery, Predicate)} with the typo look-ups of this search, shared with its other uses.
     *
     * @param terms the term look-ups of this search: the term queries of words that are one token (most words)
     *     carry their states, so {@link TermLookups#resolved} keeps the query as it is instead of building it again;
     *     null to leave them bare
     */
    Query build(ReaderQuery parsed, Predicate<Clause> typoTolerant, Typos typos, @Nullable TermLookups terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<List<Clause>> groups = parsed.required();
        boolean onlyStopWords = groups.stream().allMatch(QueryFactory::isStopWordGroup);
        boolean anyRequired = false;
        // Completing in the typo pass is part of matching as typed; whole-words-only queries do not get it.
        Predicate<Clause> tolerant =
                parsed.completing() ? typoTolerant : typoTolerant.and(clause -> typoEdits(clause) > 0);
        for (List<Clause> group : groups) {
            Query q = group(group, tolerant, typos, terms);
            if (q == null) {
                continue;
            }
            boolean optional = !onlyStopWords && isStopWordGroup(group);
            query.add(q, optional ? Occur.SHOULD : Occur.MUST);
            anyRequired |= !optional;
        }
        if (!anyRequired) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (Clause clause : parsed.excluded()) {
            Query q = clause(clause, EXACT, typos, terms);
            if (q != null) {
                query.add(q, Occur.MUST_NOT);
            }
        }
        return query.build();
    }

    /** No word may match with typos. */
    static final Predicate<Clause> EXACT = clause -> false;

    /** Whether a typo-tolerant {@link #build} could let {@code clause} match with typos or completed. */
    static boolean typoCandidate(Clause clause) {
        return typoEdits(clause) > 0 || (isPlainWord(clause) && completable(clause));
    }

    private static boolean isPlainWord(Clause clause) {
        return (clause.type() == ReaderQuery.Type.WORD || clause.type() == ReaderQuery.Type.PARTIAL)
                && (clause.qualifier() == null || clause.qualifier().equals("title"));
    }

    private static boolean isStopWordGroup(List<Clause> group) {
        return group.size() == 1
                && group.getFirst().type() == ReaderQuery.Type.WORD
                && group.getFirst().qualifier() == null
                && STOP_WORDS.contains(group.getFirst().text().toLowerCase(Locale.ROOT));
    }

    private @Nullable Query group(
            List<Clause> group, Predicate<Clause> typoTolerant, Typos typos, @Nullable TermLookups terms) {
        List<Query> alternatives = group.stream()
                .map(c -> clause(c, typoTolerant, typos, terms))
                .filter(q -> q != null)
                .toList();
        if (alternatives.isEmpty()) {
            return null;
        }
        if (alternatives.size() == 1) {
            return alternatives.getFirst();
        }
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        alternatives.forEach(q -> or.add(q, Occur.SHOULD));
        return or.build();
    }

    private @Nullable Query clause(
            Clause clause, Predicate<Clause> typoTolerant, Typos typos, @Nullable TermLookups terms) {
        if (terms != null
                && clause.qualifier() == null
                && (clause.type() == ReaderQuery.Type.WORD || clause.type() == ReaderQuery.Type.PARTIAL)) {
            // A plain word's query depends on the word, the reader and whether it may have typos: built once per
            // reader (see WordQuery), as most words of a query nobody asked before were asked in other queries.
            try {
                return terms.word(
                        clause, typoTolerant.test(clause), () -> unshared(clause, typoTolerant, typos, terms));
            } catch (IOException e) {
                throw new UncheckedIOException("reading the terms dictionary failed", e);
            }
        }
        return unshared(clause, typoTolerant, typos, terms);
    }

    private @Nullable Query unshared(
            Clause clause, Predicate<Clause> typoTolerant, Typos typos, @Nullable TermLookups terms) {
        String qualifier = clause.qualifier();
        if (qualifier == null || qualifier.equals("title")) {
            Map<String, Float> fields = qualifier == null ? TEXT_FIELDS : TITLE_FIELDS;
            return switch (clause.type()) {
                case WORD -> text(clause, fields, typoTolerant, typos, terms);
                case PHRASE -> phrase(clause.text(), fields);
                case PREFIX -> prefix(clause.text(), qualifier == null);
                case PARTIAL -> partial(clause, fields, typoTolerant, typos, terms);
            };
        }
        return termQuery(facetTerm(qualifier, clause.text()), terms);
    }

    private @Nullable Query text(
            Clause clause,
            Map<String, Float> fields,
            Predicate<Clause> typoTolerant,
            Typos typos,
            @Nullable TermLookups terms) {
        List<Query> perField = new ArrayList<>();
        // Fields analysed alike (title and description; links and headings) share a chain: a word that is one
        // token there is one term query in each, as the query builder would make it; only a word that becomes
        // several tokens (code, compounds) needs the builder's graph, per field.
        Map<Analyzer, Optional<String>> singleTokens = new IdentityHashMap<>(4);
        fields.forEach((field, boost) -> {
            Optional<String> single = singleTokens.computeIfAbsent(
                    analysis.chainOf(field), chain -> onlyToken(chain, field, clause.text()));
            Query q = single.isPresent()
                    ? termQuery(new Term(field, single.get()), terms)
                    : builder.createBooleanQuery(field, clause.text(), Occur.MUST);
            if (q != null) {
                perField.add(boosted(q, boost));
            }
        });
        int edits = typoTolerant.test(clause) ? typoEdits(clause) : 0;
        if (edits > 0) {
            FUZZY_FIELDS.forEach((field, boost) -> {
                String term = singleTerm(field, clause.text());
                if (fields.containsKey(field) && term != null) {
                    perField.add(boosted(typos.query(new Term(field, term), edits, MAX_TYPO_EXPANSIONS), boost));
                }
            });
        }
        if (clause.type() == ReaderQuery.Type.WORD
                && typoTolerant.test(clause)
                && completable(clause)
                && typoEdits(clause) == 0) {
            // A short unknown word in the middle ("asyn closures") is most likely one the reader left unfinished.
            perField.add(new BoostQuery(termQuery(prefixTerm(clause.text()), terms), TYPO_PREFIX_WEIGHT));
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    /**
     * The word being typed: the whole word as any other, or any title word it begins (one term of the prefix
     * field, so a two-letter prefix costs one postings list, not an expansion into thousands of words); in the
     * typo pass also a title word that begins with the prefix give or take one typo (first letter kept).
     */
    private Query partial(
            Clause clause,
            Map<String, Float> fields,
            Predicate<Clause> typoTolerant,
            Typos typos,
            @Nullable TermLookups terms) {
        List<Query> alternatives = new ArrayList<>(3);
        Query whole = text(clause, fields, typoTolerant, typos, terms);
        if (whole != null) {
            alternatives.add(whole);
        }
        Term prefix = prefixTerm(clause.text());
        alternatives.add(new BoostQuery(termQuery(prefix, terms), PREFIX_WEIGHT));
        if (typoTolerant.test(clause) && completable(clause) && prefix.text().length() > MIN_COMPLETED_LENGTH) {
            alternatives.add(new BoostQuery(typos.queryByAutomaton(prefix, 1, MAX_FUZZY_PREFIXES), TYPO_PREFIX_WEIGHT));
        }
        return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    /** A query for {@code term}, carrying its states when {@code terms} are given. */
    private static TermQuery termQuery(Term term, @Nullable TermLookups terms) {
        if (terms == null) {
            return new TermQuery(term);
        }
        try {
            return new TermQuery(term, terms.of(term));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the terms dictionary failed", e);
        }
    }

    /**
     * {@code query} weighed by {@code boost}; bare at weight 1, as Lucene's rewrite would leave it. A query wrapped at
     * weight 1 is rewritten to its inner query, which made Lucene rebuild and rehash every query above it before each
     * search; built bare, the query is already in that form.
     */
    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

    /** The prefix-field term of a typed word: folded like the title's words, cut to the longest prefix indexed. */
    Term prefixTerm(String word) {
        String cut = word.codePointCount(0, word.length()) > IndexSchema.MAX_PREFIX_GRAM
                ? word.substring(0, word.offsetByCodePoints(0, IndexSchema.MAX_PREFIX_GRAM))
                : word;
        return new Term(IndexSchema.TITLE_PREFIX, folded(cut));
    }

    /**
     * {@code word} folded as the title's words are. Folding leaves ASCII as it is, and lower-casing ASCII is what
     * String does: most words skip building a normalising token stream (a tenth of a query's analysis).
     */
    private BytesRef folded(String word) {
        return word.chars().allMatch(c -> c < 0x80)
                ? new BytesRef(word.toLowerCase(Locale.ROOT))
                : analyzer.normalize(IndexSchema.TITLE_EXACT, word);
    }

    /**
     * The one token {@code chain} makes of {@code text} in {@code field}; empty when it makes none or several. A
     * chain's tokens depend on the text alone, not on the field or the index: a word analysed recently is not
     * analysed again (a twentieth of the CPU of a query nobody asked before went to analysing its words).
     */
    private Optional<String> onlyToken(Analyzer chain, String field, String text) {
        RecentMap<String, Optional<String>> recent = recentTokens.get(chain);
        if (recent == null || text.length() > MAX_RECENT_WORD_LENGTH) {
            return Optional.ofNullable(analysedToken(chain, field, text));
        }
        Optional<String> token = recent.get(text);
        if (token == null) {
            token = Optional.ofNullable(analysedToken(chain, field, text));
            recent.offer(text, token);
        }
        return token;
    }

    private static @Nullable String analysedToken(Analyzer chain, String field, String text) {
        try (TokenStream stream = chain.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String only = stream.incrementToken() ? term.toString() : null;
            boolean more = only != null && stream.incrementToken();
            stream.end();
            return more ? null : only;
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query word failed", e);
        }
    }

    /** A plain word of letters long enough that the typo pass may complete it. */
    private static boolean completable(Clause clause) {
        String text = clause.text();
        return text.chars().allMatch(Character::isLetter)
                && text.codePointCount(0, text.length()) >= MIN_COMPLETED_LENGTH
                && text.length() <= MAX_TYPO_LENGTH;
    }

    /** The word as {@code field} indexes it, when it is one token there (plain words are). */
    @Nullable
    String singleTerm(String field, String word) {
        return onlyToken(analysis.chainOf(field), field, word).orElse(null);
    }

    /** Allowed typos for a word: only plain words (letters only), long enough that a typo is unlikely a word. */
    private static int typoEdits(Clause clause) {
        if (!isPlainWord(clause)) {
            return 0;
        }
        String text = clause.text();
        if (!text.chars().allMatch(Character::isLetter)) {
            return 0;
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_TYPO_LENGTH) {
            return 0;
        }
        return length >= TWO_TYPO_LENGTH ? 2 : length >= ONE_TYPO_LENGTH ? 1 : 0;
    }

    private @Nullable Query phrase(String text, Map<String, Float> fields) {
        List<Query> perField = new ArrayList<>();
        fields.forEach((field, boost) -> {
            Query q = builder.createPhraseQuery(field, text);
            if (q != null) {
                perField.add(boosted(q, boost));
            }
        });
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    private Query prefix(String text, boolean allFields) {
        BytesRef term = folded(text);
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new BoostQuery(new PrefixQuery(new Term(IndexSchema.TITLE_EXACT, term)), 2f), Occur.SHOULD);
        if (allFields) {
            q.add(new PrefixQuery(new Term(IndexSchema.DESCRIPTION, term)), Occur.SHOULD);
        }
        return q.build();
    }

    /** The drill-down term of a qualifier value, validated so a typo in a qualifier is reported, not ignored. */
    static Term facetTerm(String qualifier, String rawValue) {
        String value = rawValue.strip().toLowerCase(Locale.ROOT);
        String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
        return switch (qualifier) {
            case IndexSchema.DIM_KIND -> {
                EntryKind kind = EntryKind.fromId(value)
                        .orElseThrow(() -> new InvalidQueryException("kind:" + rawValue + " is not a kind; use one of "
                                + Arrays.stream(EntryKind.values())
                                        .map(EntryKind::id)
                                        .collect(Collectors.joining(", "))));
                yield DrillDownQuery.term(field, IndexSchema.DIM_KIND, kind.id());
            }
            case IndexSchema.DIM_CATEGORY -> {
                Category category = Category.fromPath(value.replaceAll("/+$", ""))
                        .orElseThrow(() ->
                                new InvalidQueryException("category:" + rawValue + " is not a category; use one of "
                                        + Arrays.stream(Category.values())
                                                .map(Category::path)
                                                .collect(Collectors.joining(", "))));
                yield DrillDownQuery.term(
                        field, IndexSchema.DIM_CATEGORY, category.pathSegments().toArray(String[]::new));
            }
            case IndexSchema.DIM_ISSUE -> {
                if (!value.matches("[0-9]{1,6}") || Integer.parseInt(value) == 0) {
                    throw new InvalidQueryException(
                            "issue:" + rawValue + " is not an issue number; write e.g. issue:500");
                }
                yield DrillDownQuery.term(field, IndexSchema.DIM_ISSUE, Integer.toString(Integer.parseInt(value)));
            }
            case IndexSchema.DIM_DOMAIN ->
                DrillDownQuery.term(field, IndexSchema.DIM_DOMAIN, value.replaceFirst("^www\\.", ""));
            case IndexSchema.DIM_TAG -> DrillDownQuery.term(field, IndexSchema.DIM_TAG, value);
            default -> throw new IllegalStateException("not a filter qualifier: " + qualifier);
        };
    }
}
