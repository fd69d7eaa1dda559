package org.twir.archive.index;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.spell.HighFrequencyDictionary;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twir.archive.model.Issue;

/**
 * The two search-as-you-type lookups of a published state: the title words (from the index) and the title phrases
 * (from the issues). Building both is most of what opening an unchanged index costs, so each build is also kept in
 * a file next to the index ({@value #FILE}, Lucene's checksummed header and footer), under the commit's key
 * (fingerprint, schema, parser: the things that decide what the index holds), and a restart reads it back.
 */
public record TitleLookups(WFSTCompletionLookup words, WFSTCompletionLookup phrases) {

    private static final Logger log = LoggerFactory.getLogger(TitleLookups.class);

    static final String FILE = "twir-title-lookups.bin";

    private static final String CODEC = "TwirTitleLookups";

    /** Bump when the file's layout or either lookup's content changes in a way the commit key does not show. */
    private static final int VERSION = 1;

    private static final String WORDS = "completions";

    /** Lookups that find nothing, for a state no load has filled yet. */
    static TitleLookups empty() throws IOException {
        return new TitleLookups(unbuilt(WORDS), unbuilt(TitlePhrases.PREFIX));
    }

    /**
     * Builds both lookups, each on a thread of its own: the title words of {@code reader}, the title phrases of
     * {@code issues}.
     */
    static TitleLookups build(IndexReader reader, Collection<Issue> issues) throws IOException {
        CompletableFuture<WFSTCompletionLookup> phrases = CompletableFuture.supplyAsync(() -> {
            try {
                return TitlePhrases.build(issues);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        WFSTCompletionLookup words = titleWords(reader);
        try {
            return new TitleLookups(words, phrases.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * The lookups kept in {@code directory} for {@code key}; empty when there are none, they are for another key,
     * or the file is damaged (logged: the caller builds them again and rewrites the file).
     */
    static Optional<TitleLookups> read(Directory directory, String key) {
        try (ChecksumIndexInput in = directory.openChecksumInput(FILE)) {
            CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
            if (!key.equals(in.readString())) {
                return Optional.empty();
            }
            WFSTCompletionLookup words = unbuilt(WORDS);
            WFSTCompletionLookup phrases = unbuilt(TitlePhrases.PREFIX);
            words.load(in);
            phrases.load(in);
            CodecUtil.checkFooter(in);
            return Optional.of(new TitleLookups(words, phrases));
        } catch (NoSuchFileException | FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring the title lookups in {} ({}); building them again", FILE, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Keeps these lookups in {@code directory} under {@code key}, replacing the file atomically. Only saves time on
     * the next start, so a failure is logged, never thrown.
     */
    void write(Directory directory, String key) {
        if (words.getCount() == 0 || phrases.getCount() == 0) {
            return; // nothing worth keeping: an empty archive builds them in no time
        }
        String temp = null;
        try {
            try (IndexOutput out = directory.createTempOutput("twir-title-lookups", "write", IOContext.DEFAULT)) {
                temp = out.getName();
                CodecUtil.writeHeader(out, CODEC, VERSION);
                out.writeString(key);
                words.store(out);
                phrases.store(out);
                CodecUtil.writeFooter(out);
            }
            directory.sync(List.of(temp));
            if (List.of(directory.listAll()).contains(FILE)) {
                directory.deleteFile(FILE);
            }
            directory.rename(temp, FILE);
            temp = null;
            directory.syncMetaData();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not keep the title lookups in {}; the next start builds them again", FILE, e);
        } finally {
            if (temp != null) {
                try {
                    directory.deleteFile(temp);
                } catch (IOException | RuntimeException e) {
                    log.debug("Could not delete {}", temp, e);
                }
            }
        }
    }

    /**
     * The unstemmed title words of {@code reader} weighted by document frequency, as an in-memory weighted FST
     * for search-as-you-type (crate names included, whole and in parts).
     */
    private static WFSTCompletionLookup titleWords(IndexReader reader) throws IOException {
        try (ByteBuffersDirectory temp = new ByteBuffersDirectory()) {
            WFSTCompletionLookup lookup = new WFSTCompletionLookup(temp, WORDS, true);
            if (reader.numDocs() > 0) {
                lookup.build(new HighFrequencyDictionary(reader, IndexSchema.TITLE_EXACT, 0f).getEntryIterator());
            }
            return lookup;
        }
    }

    /**
     * A lookup to load a stored FST into: the directory only ever holds a build's temporary sort files, so a
     * closed one does for a lookup that is never built.
     */
    private static WFSTCompletionLookup unbuilt(String prefix) throws IOException {
        try (ByteBuffersDirectory unused = new ByteBuffersDirectory()) {
            return new WFSTCompletionLookup(unused, prefix, true);
        }
    }
}
