package org.twir.archive.index;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the index directory for {@link LuceneArchiveIndex#open}: checked against its checksums first; a damaged
 * index is moved aside and an empty one created (the load rebuilds it), an unwritable directory is replaced by
 * one in memory. What had to be done is logged and handed to the index for health.
 */
final class IndexOpening {

    private static final Logger log = LoggerFactory.getLogger(LuceneArchiveIndex.class);

    private IndexOpening() {}

    static LuceneArchiveIndex open(Path indexDir, String parserKey, UnaryOperator<Directory> wrap) throws IOException {
        try {
            Files.createDirectories(indexDir);
            return verified(new LuceneArchiveIndex(wrap.apply(FSDirectory.open(indexDir)), parserKey, List.of()));
        } catch (CorruptIndexException
                | IndexFormatTooOldException
                | IndexFormatTooNewException
                | EOFException
                | NoSuchFileException e) {
            Path aside = indexDir.resolveSibling(indexDir.getFileName() + ".damaged-" + System.currentTimeMillis());
            Files.move(indexDir, aside);
            String what = "The index in " + indexDir + " was damaged (" + e + "); moved it to " + aside
                    + " and rebuilt it from the archive";
            log.error(what);
            return new LuceneArchiveIndex(
                    wrap.apply(FSDirectory.open(Files.createDirectories(indexDir))), parserKey, List.of(what));
        } catch (FileSystemException e) {
            String what = "The index directory " + indexDir + " cannot be written (" + e
                    + "); serving an index held in memory, rebuilt from the archive at every start";
            log.error(what);
            return new LuceneArchiveIndex(new ByteBuffersDirectory(), parserKey, List.of(what));
        }
    }

    /** Reads every file of the last commit against its checksum, so a damaged index is found before it is used. */
    private static LuceneArchiveIndex verified(LuceneArchiveIndex index) throws IOException {
        IndexState state = index.acquire();
        try {
            for (LeafReaderContext leaf : state.searcher().getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
            return index;
        } catch (IOException | RuntimeException e) {
            index.release(state);
            state = null;
            index.close();
            throw e;
        } finally {
            if (state != null) {
                index.release(state);
            }
        }
    }
}
