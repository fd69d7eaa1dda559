package org.twir.archive.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The binary form of a parsed {@link Issue}, for the cache of parse results
 * ({@link org.twir.archive.parse.ParsedIssueCache}): compact {@link DataOutputStream} fields, not Java
 * serialization, so the records stay free of it. Strings are length-prefixed UTF-8 ({@code writeUTF} stops at
 * 64 KB). This class is part of the parser key (its bytes are hashed with the parser's), so changing the layout
 * invalidates every stored issue by itself. Reading validates through the record constructors; a damaged stream
 * throws.
 */
public final class IssueCodec {

    /** An event's missing end date. */
    private static final long NO_DATE = Long.MIN_VALUE;

    private IssueCodec() {}

    // Every record nested in an issue carries the issue's own ref; it is written once and shared on reading.
    public static void write(DataOutputStream out, Issue issue) throws IOException {
        IssueRef ref = issue.ref();
        writeRef(out, ref);
        out.writeInt(issue.sections().size());
        for (Section s : issue.sections()) {
            writeString(out, s.path());
            out.writeByte(s.category().ordinal());
            out.writeInt(s.entries().size());
            for (Entry e : s.entries()) {
                sameRef(ref, e.issue());
                writeEntry(out, e);
            }
        }
        CrateOfTheWeek cotw = issue.crateOfTheWeek();
        out.writeBoolean(cotw != null);
        if (cotw != null) {
            sameRef(ref, cotw.issue());
            out.writeInt(cotw.crates().size());
            for (FeaturedCrate c : cotw.crates()) {
                writeString(out, c.id());
                writeString(out, c.name());
                writeString(out, c.url());
                writeString(out, c.description());
            }
            out.writeInt(cotw.suggestedBy().size());
            for (Person p : cotw.suggestedBy()) {
                writePerson(out, p);
            }
            out.writeBoolean(cotw.noCrate());
            out.writeInt(cotw.line());
        }
        out.writeInt(issue.quotes().size());
        for (QuoteOfTheWeek q : issue.quotes()) {
            sameRef(ref, q.issue());
            writeString(out, q.text());
            writePerson(out, q.author());
            writeString(out, q.sourceUrl());
            writePerson(out, q.suggestedBy());
            out.writeInt(q.line());
        }
    }

    public static Issue read(DataInputStream in) throws IOException {
        IssueRef ref = readRef(in);
        int sectionCount = in.readInt();
        List<Section> sections = new ArrayList<>(sectionCount);
        for (int s = 0; s < sectionCount; s++) {
            String path = readString(in);
            Category category = Category.values()[in.readUnsignedByte()];
            int entryCount = in.readInt();
            List<Entry> entries = new ArrayList<>(entryCount);
            for (int e = 0; e < entryCount; e++) {
                entries.add(readEntry(in, ref));
            }
            sections.add(new Section(path, category, entries));
        }
        CrateOfTheWeek cotw = null;
        if (in.readBoolean()) {
            int crateCount = in.readInt();
            List<FeaturedCrate> crates = new ArrayList<>(crateCount);
            for (int c = 0; c < crateCount; c++) {
                crates.add(new FeaturedCrate(readString(in), readString(in), readString(in), readString(in)));
            }
            int personCount = in.readInt();
            List<Person> suggestedBy = new ArrayList<>(personCount);
            for (int p = 0; p < personCount; p++) {
                suggestedBy.add(Objects.requireNonNull(readPerson(in), "suggestedBy"));
            }
            cotw = new CrateOfTheWeek(ref, crates, suggestedBy, in.readBoolean(), in.readInt());
        }
        int quoteCount = in.readInt();
        List<QuoteOfTheWeek> quotes = new ArrayList<>(quoteCount);
        for (int q = 0; q < quoteCount; q++) {
            quotes.add(new QuoteOfTheWeek(
                    ref, readString(in), readPerson(in), readString(in), readPerson(in), in.readInt()));
        }
        return new Issue(ref, sections, cotw, quotes);
    }

    private static void writeEntry(DataOutputStream out, Entry e) throws IOException {
        out.writeInt(e.position());
        out.writeInt(e.line());
        writeString(out, e.title());
        writeString(out, e.url());
        writeString(out, e.categoryPath());
        out.writeByte(e.category().ordinal());
        out.writeByte(e.kind().ordinal());
        writeStrings(out, e.tags());
        writeString(out, e.description());
        writeStrings(out, e.links());
        Event ev = e.event();
        out.writeBoolean(ev != null);
        if (ev != null) {
            out.writeLong(ev.date().toEpochDay());
            out.writeLong(ev.endDate() == null ? NO_DATE : ev.endDate().toEpochDay());
            writeString(out, ev.location());
            out.writeBoolean(ev.virtual());
            writeString(out, ev.group());
            writeString(out, ev.groupUrl());
        }
        CallForParticipation cfp = e.callForParticipation();
        out.writeBoolean(cfp != null);
        if (cfp != null) {
            writeString(out, cfp.project());
            writeString(out, cfp.task());
        }
    }

    private static Entry readEntry(DataInputStream in, IssueRef ref) throws IOException {
        int position = in.readInt();
        int line = in.readInt();
        String title = readString(in);
        String url = readString(in);
        String categoryPath = readString(in);
        Category category = Category.values()[in.readUnsignedByte()];
        EntryKind kind = EntryKind.values()[in.readUnsignedByte()];
        List<String> tags = readStrings(in);
        String description = readString(in);
        List<String> links = readStrings(in);
        Event event = null;
        if (in.readBoolean()) {
            LocalDate date = readDate(in);
            long end = in.readLong();
            event = new Event(
                    date,
                    end == NO_DATE ? null : date(end),
                    readString(in),
                    in.readBoolean(),
                    readString(in),
                    readString(in));
        }
        CallForParticipation cfp = in.readBoolean() ? new CallForParticipation(readString(in), readString(in)) : null;
        return new Entry(
                ref, position, line, title, url, categoryPath, category, kind, tags, description, links, event, cfp);
    }

    private static LocalDate readDate(DataInputStream in) throws IOException {
        return date(in.readLong());
    }

    // Epoch days, not text: parsing thousands of ISO dates was a third of reading the cache back.
    private static LocalDate date(long epochDay) throws IOException {
        try {
            return LocalDate.ofEpochDay(epochDay);
        } catch (DateTimeException e) {
            throw new IOException("date " + epochDay + " out of range: the cached issue is damaged", e);
        }
    }

    private static void writeRef(DataOutputStream out, IssueRef ref) throws IOException {
        out.writeInt(ref.number() == null ? -1 : ref.number());
        out.writeLong(ref.date().toEpochDay());
        writeString(out, ref.title());
        writeString(out, ref.siteUrl());
        writeString(out, ref.sourceFile());
        out.writeBoolean(ref.special());
    }

    private static IssueRef readRef(DataInputStream in) throws IOException {
        int number = in.readInt();
        LocalDate date = readDate(in);
        return new IssueRef(
                number < 0 ? null : number, date, readString(in), readString(in), readString(in), in.readBoolean());
    }

    private static void writePerson(DataOutputStream out, @Nullable Person p) throws IOException {
        out.writeBoolean(p != null);
        if (p != null) {
            writeString(out, p.name());
            writeString(out, p.url());
        }
    }

    private static @Nullable Person readPerson(DataInputStream in) throws IOException {
        return in.readBoolean() ? new Person(readString(in), readString(in)) : null;
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            writeString(out, v);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(Objects.requireNonNull(readString(in), "list element"));
        }
        return values;
    }

    // Length-prefixed UTF-8 (writeUTF stops at 64 KB); -1 stands for null.
    private static void writeString(DataOutputStream out, @Nullable String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static @Nullable String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        if (n > 1 << 24) {
            throw new IOException("string of " + n + " bytes: the cached issue is damaged");
        }
        byte[] bytes = in.readNBytes(n);
        if (bytes.length != n) {
            throw new IOException("the cached issue ends in the middle of a string");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void sameRef(IssueRef ref, IssueRef nested) {
        if (!ref.equals(nested)) {
            throw new IllegalArgumentException("a record of " + ref.key() + " carries another issue's ref");
        }
    }
}
