package org.twir.archive.duplicates;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.twir.archive.model.Category;
import org.twir.archive.model.Entry;
import org.twir.archive.model.EntryKind;
import org.twir.archive.model.Issue;
import org.twir.archive.model.IssueRef;
import org.twir.archive.model.Section;

/**
 * What the duplicate check needs of each parsed issue file (its ref and its entries' links, titles and
 * sections), stored on disk by the file's content hash. Parsing the whole archive with flexmark is most of a
 * cold CLI run; with this cache only new or changed files are parsed. Keyed by content, not by modification
 * time, so a fresh CI checkout of the same files hits it too. Event details, tags and descriptions are not
 * kept: archive occurrences never need them.
 */
final class ParsedIssueCache {

    private static final String MAGIC = "twir-duplicates-cache-v1";

    /** A cached file: its content hash and its issue. */
    record Cached(String hash, Issue issue) {}

    private ParsedIssueCache() {}

    /** The cached files by source file name; empty when there is no cache or it is from another version. */
    static Map<String, Cached> read(Path file) throws IOException {
        Map<String, Cached> cached = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!in.readUTF().equals(MAGIC)) {
                return cached;
            }
            int files = in.readInt();
            for (int i = 0; i < files; i++) {
                String hash = in.readUTF();
                Issue issue = readIssue(in);
                cached.put(issue.ref().sourceFile(), new Cached(hash, issue));
            }
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (EOFException | IllegalArgumentException e) {
            // A truncated or foreign file (a run killed while writing): start afresh rather than fail the check.
            return Map.of();
        }
        return cached;
    }

    /** Writes the cache atomically (temporary file, then move), so a concurrent reader never sees half of it. */
    static void write(Path file, Map<String, Cached> cached) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "links", ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeUTF(MAGIC);
            out.writeInt(cached.size());
            for (Cached c : cached.values()) {
                out.writeUTF(c.hash());
                writeIssue(out, c.issue());
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeIssue(DataOutputStream out, Issue issue) throws IOException {
        IssueRef ref = issue.ref();
        out.writeInt(ref.number() == null ? -1 : ref.number());
        out.writeUTF(ref.date().toString());
        out.writeUTF(ref.title());
        out.writeUTF(ref.siteUrl());
        out.writeUTF(ref.sourceFile());
        out.writeBoolean(ref.special());
        List<Entry> entries = issue.entries();
        out.writeInt(entries.size());
        for (Entry e : entries) {
            out.writeInt(e.position());
            out.writeInt(e.line());
            out.writeUTF(e.title());
            out.writeUTF(e.url());
            out.writeUTF(e.categoryPath());
            out.writeUTF(e.category().name());
            out.writeUTF(e.kind().name());
            out.writeInt(e.links().size());
            for (String link : e.links()) {
                out.writeUTF(link);
            }
        }
    }

    private static Issue readIssue(DataInputStream in) throws IOException {
        int number = in.readInt();
        IssueRef ref = new IssueRef(
                number < 0 ? null : number,
                LocalDate.parse(in.readUTF()),
                in.readUTF(),
                in.readUTF(),
                in.readUTF(),
                in.readBoolean());
        int count = in.readInt();
        Map<Category, List<Entry>> sections = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int position = in.readInt();
            int line = in.readInt();
            String title = in.readUTF();
            String url = in.readUTF();
            String categoryPath = in.readUTF();
            Category category = Category.valueOf(in.readUTF());
            EntryKind kind = EntryKind.valueOf(in.readUTF());
            int linkCount = in.readInt();
            List<String> links = new ArrayList<>(linkCount);
            for (int j = 0; j < linkCount; j++) {
                links.add(in.readUTF());
            }
            sections.computeIfAbsent(category, c -> new ArrayList<>())
                    .add(new Entry(
                            ref,
                            position,
                            line,
                            title,
                            url,
                            categoryPath,
                            category,
                            kind,
                            List.of(),
                            "",
                            links,
                            null,
                            null));
        }
        List<Section> list = new ArrayList<>();
        sections.forEach((category, entries) -> list.add(new Section(category.label(), category, entries)));
        return new Issue(ref, list, null, List.of());
    }
}
