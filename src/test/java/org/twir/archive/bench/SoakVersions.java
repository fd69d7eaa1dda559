package org.twir.archive.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.sync.FixtureIssues;
import org.twir.archive.sync.Upstream;

/**
 * The archive states a soak publishes upstream: all source issues but one block, a different block each version,
 * so every version loses the issues of its block and gains back the previous version's. Knows which issue
 * numbers each version holds, so an answer can be checked against the version its stamp belongs to.
 */
final class SoakVersions {

    private static final Pattern WORD = Pattern.compile("\\[([A-Za-z][a-z]{3,11})\\b");

    private final List<String> paths = new ArrayList<>();
    private final List<byte[]> texts = new ArrayList<>();
    private final List<Integer> numbers = new ArrayList<>();
    private final Map<Integer, java.time.LocalDate> dates = new java.util.HashMap<>();
    private final int block;
    private final List<String> words;

    private SoakVersions(Map<String, byte[]> files, int block) throws IOException {
        this.block = block;
        ArchiveParser parser = new ArchiveParser();
        Path tmp = Files.createTempDirectory("soak-parse");
        Set<String> vocabulary = new TreeSet<>();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path copy = tmp.resolve(Path.of(file.getKey()).getFileName().toString());
                Files.write(copy, file.getValue());
                var issue = parser.parseFile(copy).issue();
                Files.delete(copy);
                Integer number = issue.map(i -> i.ref().number()).orElse(null);
                if (number == null || dates.containsKey(number)) {
                    continue; // special issues carry no number to check; they stay out of the soak's archive
                }
                dates.put(number, issue.get().ref().date());
                paths.add(file.getKey());
                texts.add(file.getValue());
                numbers.add(number);
                Matcher words = WORD.matcher(new String(file.getValue(), StandardCharsets.UTF_8));
                while (words.find() && vocabulary.size() < 3_000) {
                    vocabulary.add(words.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        this.words = List.copyOf(vocabulary);
    }

    /** Invented issues 900 .. 900 + count - 1 (the CI soak). */
    static SoakVersions fixture(int count, int block) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String[] topics = {"async", "tokio", "serde", "compiler", "embedded", "parser", "macros", "wasm"};
        for (int n = 900; n < 900 + count; n++) {
            files.put(
                    FixtureIssues.path(n),
                    FixtureIssues.issue(n, topics[n % topics.length]).getBytes(StandardCharsets.UTF_8));
        }
        return new SoakVersions(files, block);
    }

    /** The issue files of a real archive directory (the bench soak); its special issues are left out. */
    static SoakVersions of(Path archiveDir, int block) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> content = Files.list(archiveDir.resolve("content"))) {
            for (Path file : content.filter(ArchiveParser::isIssueFile).sorted().toList()) {
                files.put("content/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
        return new SoakVersions(files, block);
    }

    /** The issue numbers version {@code v} holds. */
    Set<Integer> numbers(int v) {
        Set<Integer> held = new HashSet<>(numbers);
        for (int i : blockOf(v)) {
            held.remove(numbers.get(i));
        }
        return held;
    }

    /** Every issue number any version holds. */
    List<Integer> allNumbers() {
        return List.copyOf(numbers);
    }

    /** The date of issue {@code number}: a search limited to it lists that issue's entries only. */
    java.time.LocalDate date(int number) {
        return dates.get(number);
    }

    List<String> words() {
        return words;
    }

    /** A link that the archive holds, for drafts sent to the duplicate check. */
    String someLink(int i) {
        Matcher link = Pattern.compile("\\]\\((https?://[^)\\s]+)\\)")
                .matcher(new String(texts.get(Math.floorMod(i, texts.size())), StandardCharsets.UTF_8));
        return link.find() ? link.group(1) : "https://example.org/" + i;
    }

    /** Makes the upstream hold version {@code v} (from {@code previous}, or from nothing when it is -1). */
    void publish(Upstream upstream, int v, int previous) throws Exception {
        Set<Integer> gone = blockOf(v);
        Set<Integer> back = previous < 0 ? allIndexes() : blockOf(previous);
        for (int i : back) {
            if (!gone.contains(i)) {
                upstream.write(paths.get(i), new String(texts.get(i), StandardCharsets.UTF_8));
            }
        }
        for (int i : gone) {
            if (previous >= 0 && !back.contains(i)) {
                upstream.delete(paths.get(i));
            }
        }
        upstream.commit("soak version " + v);
    }

    private Set<Integer> blockOf(int v) {
        Set<Integer> indexes = new TreeSet<>();
        for (int i = 0; i < block; i++) {
            indexes.add(Math.floorMod(v * block + i, paths.size()));
        }
        return indexes;
    }

    private Set<Integer> allIndexes() {
        Set<Integer> all = new TreeSet<>();
        for (int i = 0; i < paths.size(); i++) {
            all.add(i);
        }
        return all;
    }
}
