package org.twir.archive.parse;

import static java.util.Map.entry;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bracketed tags written next to a link ({@code [video]}, {@code [ZH]}, {@code [easy]}), normalised to lower
 * case; spelled-out languages become their ISO 639-1 codes so that {@code [Chinese]} and {@code [ZH]} agree.
 */
final class Tags {

    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]{1,40})\\]");
    private static final Set<String> MEDIA = Set.of(
            "video",
            "audio",
            "podcast",
            "series",
            "slides",
            "talk",
            "book",
            "livestream",
            "stream",
            "paper",
            "pdf",
            "screencast",
            "course",
            "interview");
    private static final Set<String> DIFFICULTY =
            Set.of("easy", "less easy", "medium", "hard", "mentored", "good first issue", "beginner");
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            entry("chinese", "zh"),
            entry("german", "de"),
            entry("japanese", "ja"),
            entry("spanish", "es"),
            entry("french", "fr"),
            entry("portuguese", "pt"),
            entry("russian", "ru"),
            entry("korean", "ko"),
            entry("italian", "it"),
            entry("ukrainian", "uk"),
            entry("polish", "pl"),
            entry("dutch", "nl"),
            entry("turkish", "tr"),
            entry("vietnamese", "vi"),
            entry("indonesian", "id"),
            entry("persian", "fa"),
            entry("hindi", "hi"),
            entry("czech", "cs"),
            entry("swedish", "sv"),
            entry("hungarian", "hu"),
            entry("greek", "el"),
            entry("hebrew", "he"),
            entry("arabic", "ar"),
            entry("thai", "th"),
            entry("bengali", "bn"),
            entry("finnish", "fi"),
            entry("norwegian", "no"),
            entry("danish", "da"),
            entry("romanian", "ro"),
            entry("catalan", "ca"),
            entry("farsi", "fa"),
            entry("brazilian portuguese", "pt"),
            entry("português", "pt"),
            entry("español", "es"),
            entry("deutsch", "de"),
            entry("中文", "zh"),
            entry("日本語", "ja"),
            entry("한국어", "ko"));
    // Two-letter codes that occur as tags; a closed list, because "[IT]" or "[PR]" may mean something else.
    private static final Set<String> CODES = Set.of(
            "zh", "de", "ja", "es", "fr", "pt", "ru", "ko", "it", "uk", "pl", "nl", "tr", "vi", "id", "fa", "hi", "cs",
            "sv", "hu", "el", "he", "ar", "th", "bn", "fi", "no", "da", "ro", "ca", "en", "pt-br", "zh-cn", "zh-tw");

    private Tags() {}

    /** The tags in a piece of text outside the link text, in order of appearance, without duplicates. */
    static List<String> find(String text) {
        if (text.indexOf('[') < 0) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            for (String part : m.group(1).split("[,/]")) {
                String tag = normalise(part);
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
        }
        return List.copyOf(tags);
    }

    /** The normalised tag for one bracketed word, or "" if it is not a tag. */
    static String normalise(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (MEDIA.contains(w) || DIFFICULTY.contains(w)) {
            return w;
        }
        if (w.equals("videos")) {
            return "video";
        }
        if (CODES.contains(w)) {
            return w.length() == 2 ? w : w.substring(0, 2);
        }
        return LANGUAGES.getOrDefault(w, "");
    }

    /** Removes recognised tags from text (a title written as "[video] Title" keeps only "Title"). */
    static String strip(String text) {
        if (text.indexOf('[') < 0) {
            return Texts.clean(text);
        }
        Matcher m = BRACKETED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean allTags = true;
            for (String part : m.group(1).split("[,/]")) {
                allTags &= !normalise(part).isEmpty();
            }
            m.appendReplacement(out, allTags ? "" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return Texts.clean(out);
    }
}
