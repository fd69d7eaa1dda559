package org.twir.archive.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Finds earlier entries whose title is near-identical to a draft title: the same article posted again under
 * another URL. Similarity is the Jaccard index of the titles' word sets (stop words removed), and titles that
 * differ in a number or a month name never match, because "This Month in Rust GameDev #12" and "#13", or
 * "Newsletter - March" and "- April", are different articles with near-identical titles.
 */
final class TitleIndex {

    /** At or above this similarity a title is reported; chosen by the measurement in the README. */
    static final double THRESHOLD = 0.8;
    /** Fewer informative words than this and a title ("Announcement", "Release notes") says too little. */
    static final int MIN_TOKENS = 3;

    /** Events of one group on one day: looser than articles, the group and the day already agree. */
    static final double EVENT_THRESHOLD = 0.75;
    /** Words in more titles than this are not used to find candidates (they still count in the score). */
    private static final int MAX_CANDIDATE_DF = 3000;

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "is", "are", "be", "how", "why",
            "what", "your", "my", "i", "we", "you", "it", "its", "at", "by", "from", "as", "this", "that", "into",
            "using", "via");
    /** Version qualifiers: "Fyrox 1.0.0" and "Fyrox 1.0.0-rc.1" are different releases. */
    private static final Set<String> QUALIFIERS =
            Set.of("rc", "alpha", "beta", "preview", "pre", "nightly", "part", "episode", "ep");

    private static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");

    /** One indexed title: its words (sorted, distinct), its discriminating words, and where it was. */
    private record Title(String[] tokens, String discriminators, String canonical, Occurrence occurrence) {}

    /** A match: the earlier occurrence, its canonical URL and the similarity. */
    record Match(Occurrence occurrence, String canonical, double score) {}

    private final List<Title> titles = new ArrayList<>();
    private final Map<String, int[]> postings;

    TitleIndex(List<Indexed> entries) {
        Map<String, List<Integer>> building = new HashMap<>();
        for (Indexed entry : entries) {
            String[] tokens = tokens(entry.occurrence().title());
            if (tokens.length < MIN_TOKENS) {
                continue;
            }
            int id = titles.size();
            titles.add(new Title(tokens, discriminators(tokens), entry.canonical(), entry.occurrence()));
            for (String token : tokens) {
                building.computeIfAbsent(token, t -> new ArrayList<>()).add(id);
            }
        }
        postings = new HashMap<>(building.size() * 2);
        building.forEach((token, ids) ->
                postings.put(token, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** An entry to index: an earlier editorial entry's occurrence and its canonical URL. */
    record Indexed(Occurrence occurrence, String canonical) {}

    int size() {
        return titles.size();
    }

    /**
     * Earlier titles near-identical to {@code title} whose link is not {@code canonical}, best first, at most
     * {@code limit}.
     */
    List<Match> similar(
            String title, String canonical, @Nullable Integer draftNumber, @Nullable LocalDate draftDate, int limit) {
        String[] query = tokens(title);
        if (query.length < MIN_TOKENS) {
            return List.of();
        }
        String discriminators = discriminators(query);
        String year = urlYear(canonical);
        Set<Integer> candidates = new LinkedHashSet<>();
        for (String token : query) {
            int[] ids = postings.get(token);
            if (ids != null && ids.length <= MAX_CANDIDATE_DF) {
                Arrays.stream(ids).forEach(candidates::add);
            }
        }
        List<Match> matches = new ArrayList<>();
        for (int id : candidates) {
            Title candidate = titles.get(id);
            if (candidate.canonical().equals(canonical)
                    || !candidate.discriminators().equals(discriminators)
                    || !candidate.occurrence().isBefore(draftNumber, draftDate)
                    || differentYears(year, urlYear(candidate.canonical()))) {
                continue;
            }
            double score = jaccard(query, candidate.tokens());
            if (score >= THRESHOLD) {
                matches.add(new Match(candidate.occurrence(), candidate.canonical(), score));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::score)
                .reversed()
                .thenComparing(m -> m.occurrence().date(), Comparator.reverseOrder()));
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
    }

    /** Lower-case words of letters and digits, stop words removed, distinct and sorted. */
    static String[] tokens(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        Set<String> words = new TreeSet<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String token = lower.substring(start, i);
                if (!STOP_WORDS.contains(token)) {
                    words.add(token);
                }
                start = -1;
            }
        }
        return words.toArray(String[]::new);
    }

    static double similarity(String a, String b) {
        String[] ta = tokens(a);
        String[] tb = tokens(b);
        if (ta.length < MIN_TOKENS
                || tb.length < MIN_TOKENS
                || !discriminators(ta).equals(discriminators(tb))) {
            return 0;
        }
        return jaccard(ta, tb);
    }

    /**
     * Whether two event titles name the same event: mostly the same words, in any order ("(Hybrid - online &amp;
     * in person) October Meetup" / "(Hybrid - in person &amp; online) October Meetup"); numbers, months and
     * qualifiers must agree ("Meetup #26" is not "Meetup #27"). Unlike {@link #similarity}, short titles count.
     * One title inside a longer one is not enough: "Walking Tour - Monday" and "Walking Tour - Monday
     * (afternoon)" are two tours.
     */
    static boolean sameEventTitle(String a, String b) {
        String[] ta = tokens(a);
        String[] tb = tokens(b);
        if (ta.length == 0 || tb.length == 0 || !discriminators(ta).equals(discriminators(tb))) {
            return false;
        }
        return jaccard(ta, tb) >= EVENT_THRESHOLD;
    }

    /**
     * The year a dated URL names ({@code /2019/09/30/...} or {@code /2019-09-30-post}), "" if none: two posts
     * of a recurring title ("Security advisory for Cargo") are told apart by their dates.
     */
    static String urlYear(String canonical) {
        int start = canonical.indexOf('/', canonical.indexOf("//") + 2);
        if (start < 0) {
            return "";
        }
        int end = canonical.length();
        for (char c : new char[] {'?', '#'}) {
            int i = canonical.indexOf(c, start);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        for (String segment : canonical.substring(start, end).split("/")) {
            if (segment.length() >= 4
                    && (segment.startsWith("19") || segment.startsWith("20"))
                    && segment.chars().limit(4).allMatch(Character::isDigit)
                    && (segment.length() == 4 || segment.charAt(4) == '-' || segment.charAt(4) == '_')) {
                return segment.substring(0, 4);
            }
        }
        return "";
    }

    private static boolean differentYears(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && !a.equals(b);
    }

    private static String discriminators(String[] tokens) {
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            if (MONTHS.contains(token)
                    || QUALIFIERS.contains(token)
                    || token.chars().anyMatch(Character::isDigit)) {
                out.append(token).append(' ');
            }
        }
        return out.toString();
    }

    /** Jaccard index of two sorted, distinct arrays. */
    private static double jaccard(String[] a, String[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            int c = a[i].compareTo(b[j]);
            if (c == 0) {
                common++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
