package org.twir.archive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.twir.archive.index.IndexSchema;

/**
 * A reader's query, parsed: groups of clauses that must all match (the clauses of one group are alternatives
 * joined by {@code OR}) and clauses that must not match. Parsing never fails on odd syntax: an unterminated
 * quote runs to the end, parentheses and lone operators are ignored, anything unknown is a word. It fails
 * only where guessing would mislead (an empty or unknown qualifier value, an oversized query).
 */
record ReaderQuery(List<List<Clause>> required, List<Clause> excluded) {

    /** Longer queries are refused: nobody types them, and each word costs a clause. */
    static final int MAX_LENGTH = 1000;

    /** At most this many words, phrases and qualifiers: bounds the query's cost. */
    static final int MAX_CLAUSES = 32;

    static final Set<String> QUALIFIERS = Set.of(
            "title",
            IndexSchema.DIM_DOMAIN,
            IndexSchema.DIM_CATEGORY,
            IndexSchema.DIM_KIND,
            IndexSchema.DIM_TAG,
            IndexSchema.DIM_ISSUE);

    ReaderQuery {
        required = required.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
    }

    enum Type {
        WORD,
        PHRASE,
        PREFIX
    }

    /**
     * One word, phrase or prefix ({@code tok*}), optionally qualified.
     *
     * @param qualifier null for the text fields, else one of {@link #QUALIFIERS}
     */
    record Clause(Type type, @Nullable String qualifier, String text) {}

    boolean isEmpty() {
        return required.isEmpty() && excluded.isEmpty();
    }

    /** Every clause that must match, flattened. */
    List<Clause> requiredClauses() {
        return required.stream().flatMap(List::stream).toList();
    }

    static ReaderQuery parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new InvalidQueryException("the query is " + text.length() + " characters long; shorten it to at most "
                    + MAX_LENGTH + " characters");
        }
        return new Parser(text).parse();
    }

    private static final class Parser {

        private final String text;
        private int pos;
        private final List<List<Clause>> required = new ArrayList<>();
        private final List<Clause> excluded = new ArrayList<>();
        private boolean pendingOr;
        private int clauses;

        Parser(String text) {
            // Parentheses carry no grouping here; as separators they cannot be unbalanced.
            this.text = text.replace('(', ' ')
                    .replace(')', ' ')
                    .replace('\u201c', '"')
                    .replace('\u201d', '"');
        }

        ReaderQuery parse() {
            while (skipWhitespace()) {
                boolean negated = false;
                if (text.charAt(pos) == '-'
                        && pos + 1 < text.length()
                        && !Character.isWhitespace(text.charAt(pos + 1))) {
                    negated = true;
                    pos++;
                }
                if (text.charAt(pos) == '"') {
                    add(phrase(null), negated);
                    continue;
                }
                String word = word();
                if (word.equals("OR") || word.equals("||") || word.equals("|")) {
                    pendingOr = !required.isEmpty();
                    continue;
                }
                if (word.equals("AND") || word.equals("&&")) {
                    continue;
                }
                add(clause(word), negated);
            }
            return new ReaderQuery(required, excluded);
        }

        private @Nullable Clause clause(String word) {
            int colon = word.indexOf(':');
            if (colon > 0 && (colon + 1 == word.length() || word.charAt(colon + 1) != ':')) {
                String name = word.substring(0, colon).toLowerCase(Locale.ROOT);
                if (QUALIFIERS.contains(name)) {
                    String value = word.substring(colon + 1);
                    if (value.isEmpty() && pos < text.length() && text.charAt(pos) == '"') {
                        return phrase(name);
                    }
                    if (value.isBlank()) {
                        throw new InvalidQueryException("'" + name + ":' needs a value right after the colon, e.g. "
                                + name + ":" + example(name));
                    }
                    return wordClause(name, value);
                }
            }
            return wordClause(null, word);
        }

        private @Nullable Clause wordClause(@Nullable String qualifier, String word) {
            if (word.endsWith("*")) {
                String stem = word.replaceAll("\\*+$", "");
                // A prefix needs two leading letters or digits; "*foo" or "a*" would enumerate the whole index.
                if (stem.codePointCount(0, stem.length()) >= 2
                        && Character.isLetterOrDigit(stem.codePointAt(0))
                        && (qualifier == null || qualifier.equals("title"))) {
                    return new Clause(Type.PREFIX, qualifier, stem);
                }
                word = stem;
            }
            return word.isBlank() ? null : new Clause(Type.WORD, qualifier, word);
        }

        private @Nullable Clause phrase(@Nullable String qualifier) {
            int start = ++pos;
            int end = text.indexOf('"', start);
            if (end < 0) {
                end = text.length();
            }
            pos = Math.min(end + 1, text.length());
            String phrase = text.substring(start, end).strip();
            if (phrase.isEmpty()) {
                return null;
            }
            return new Clause(
                    qualifier == null || qualifier.equals("title") ? Type.PHRASE : Type.WORD, qualifier, phrase);
        }

        private void add(@Nullable Clause clause, boolean negated) {
            if (clause == null) {
                return;
            }
            if (++clauses > MAX_CLAUSES) {
                throw new InvalidQueryException("the query has more than " + MAX_CLAUSES
                        + " words, phrases and qualifiers; use fewer, more specific words");
            }
            if (negated) {
                excluded.add(clause);
            } else if (pendingOr) {
                required.getLast().add(clause);
            } else {
                List<Clause> group = new ArrayList<>();
                group.add(clause);
                required.add(group);
            }
            pendingOr = false;
        }

        private String word() {
            int start = pos;
            while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != '"') {
                pos++;
            }
            return text.substring(start, pos);
        }

        private boolean skipWhitespace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            return pos < text.length();
        }

        private static String example(String qualifier) {
            return switch (qualifier) {
                case "title" -> "tokio";
                case IndexSchema.DIM_DOMAIN -> "github.com";
                case IndexSchema.DIM_CATEGORY -> "community/walkthroughs";
                case IndexSchema.DIM_KIND -> "article";
                case IndexSchema.DIM_TAG -> "video";
                default -> "500";
            };
        }
    }
}
