package org.twir.archive.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.twir.archive.model.Event;

/**
 * Reads the date, place and group of an Upcoming Events item in each era's layout:
 * {@code [6/17. Montreal](...)} (2015), {@code [Apr 27. Title](...)} (2016-2018),
 * {@code [May 23. Kharkiv, UA - Title](...)} (2019-2020), {@code [June 17, 2021, Denver, CO, US - Title](...)}
 * (2021) and {@code 2022-08-10 | Virtual (Boulder, CO, US) | [Group](...)} with the event one level down (2022+).
 * Dates without a year take the year that puts them nearest the issue.
 */
final class EventDetails {

    private static final Pattern GROUP_LINE = Pattern.compile(
            "^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:\\s*(?:-|–|to|until)\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2}))?\\s*\\|(.*)$");
    private static final Pattern NUMERIC =
            Pattern.compile("^\\s*(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?\\s*[.,:]?\\s*(.*)$");
    private static final Pattern NAMED =
            Pattern.compile("^\\s*([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–)\\s*(\\d{1,2}))?"
                    + "(?:[.,]?\\s*(\\d{4}))?\\s*[.,:]?\\s*(.*)$");
    private static final Pattern PLACE_THEN_TITLE = Pattern.compile("^(.{2,60}?)\\s+(?:-|–|—)\\s+(.+)$");
    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
            MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
    }

    private final LocalDate issueDate;

    EventDetails(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    boolean isGroupLine(String text) {
        return GROUP_LINE.matcher(text).matches();
    }

    /** The 2022+ layout: "date | place | [group](url)". */
    Optional<Event> fromGroupLine(String text, @Nullable String group, @Nullable String groupUrl) {
        Matcher m = GROUP_LINE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = date(m.group(1), m.group(2), m.group(3));
        if (date.isEmpty()) {
            return Optional.empty();
        }
        LocalDate end = m.group(4) == null
                ? null
                : date(m.group(4), m.group(5), m.group(6)).orElse(null);
        String[] parts = m.group(7).split("\\|");
        String place = parts.length > 0 ? parts[0].strip() : "";
        if (place.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Event(date.get(), end, place, isVirtual(place), blankToNull(group), groupUrl));
    }

    /** The 2015-2021 layouts, where date and place are written in the link text. */
    Optional<Event> fromLinkText(String title, String before, List<String> headings) {
        String text = (before.isBlank() ? title : before + " " + title).strip();
        LocalDate date = null;
        LocalDate end = null;
        String rest = text;
        Matcher numeric = NUMERIC.matcher(text);
        Matcher named = NAMED.matcher(text);
        if (numeric.matches()) {
            date = nearIssue(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)), numeric.group(3));
            rest = numeric.group(4);
        } else if (named.matches() && MONTHS.containsKey(named.group(1).toLowerCase(Locale.ROOT))) {
            int month = MONTHS.get(named.group(1).toLowerCase(Locale.ROOT)).getValue();
            date = nearIssue(month, Integer.parseInt(named.group(2)), named.group(4));
            if (date != null && named.group(3) != null) {
                end = withDay(date, Integer.parseInt(named.group(3)));
            }
            rest = named.group(5);
        }
        if (date == null) {
            return Optional.empty();
        }
        String region = headings.size() > 1 ? headings.getLast() : "";
        String place = "";
        Matcher pt = PLACE_THEN_TITLE.matcher(rest);
        if (pt.matches() && pt.group(1).matches(".*[,].*|(?i)online|virtual")) {
            place = pt.group(1).strip();
        }
        if (place.isEmpty()) {
            place = region.isBlank() ? "unspecified" : region;
        }
        boolean virtual = isVirtual(place) || isVirtual(region);
        return Optional.of(new Event(date, end, place, virtual, null, null));
    }

    private static boolean isVirtual(String place) {
        String p = place.toLowerCase(Locale.ROOT);
        return p.startsWith("virtual") || p.startsWith("online") || p.contains("virtual");
    }

    private @Nullable LocalDate nearIssue(int month, int day, @Nullable String yearText) {
        try {
            if (yearText != null) {
                int year = Integer.parseInt(yearText);
                return LocalDate.of(year < 100 ? 2000 + year : year, month, day);
            }
            LocalDate same = LocalDate.of(issueDate.getYear(), month, day);
            // An event in January listed in a December issue is next year's.
            if (same.isBefore(issueDate.minusMonths(6))) {
                return same.plusYears(1);
            }
            if (same.isAfter(issueDate.plusMonths(6))) {
                return same.minusYears(1);
            }
            return same;
        } catch (DateTimeException e) {
            return null; // "Feb 30": no date rather than a wrong one
        }
    }

    private static @Nullable LocalDate withDay(LocalDate date, int day) {
        try {
            LocalDate end = date.withDayOfMonth(day);
            return end.isBefore(date) ? end.plusMonths(1) : end;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
