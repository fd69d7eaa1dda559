package org.twir.archive.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.twir.archive.model.Issue;
import org.twir.archive.model.ParseProblem;

/**
 * Parses the TWiR repository layout into {@link Issue}s. Thread safe; build one and reuse it.
 *
 * <p>Contract (the parser work fills in the body): {@link #parseArchive} reads every issue file under
 * {@code <dir>/content} ({@code YYYY-MM-DD-*.md|.markdown}, plus the historical {@code .rst}), never
 * {@code draft/}; one bad file yields problems and the run goes on.
 */
public final class ArchiveParser {

    /** The result of parsing one file: the issue if one could be made, and every problem met. */
    public record FileParse(Optional<Issue> issue, List<ParseProblem> problems) {

        public FileParse {
            problems = List.copyOf(problems);
        }
    }

    /** The result of parsing an archive: issues sorted by date then number, and all problems. */
    public record ArchiveParse(List<Issue> issues, List<ParseProblem> problems, int filesRead, int filesSkipped) {

        public ArchiveParse {
            issues = List.copyOf(issues);
            problems = List.copyOf(problems);
        }
    }

    /** Parses one issue file (a published issue or a draft) read from disk. */
    public FileParse parseFile(Path file) throws IOException {
        throw new UnsupportedOperationException("parser not implemented yet");
    }

    /** Parses markdown text as if read from a file named {@code fileName} (used for drafts sent to the API). */
    public FileParse parse(String fileName, String markdown) {
        throw new UnsupportedOperationException("parser not implemented yet");
    }

    /** Parses every issue file of an archive directory (the one holding {@code content/}). */
    public ArchiveParse parseArchive(Path archiveDir) throws IOException {
        throw new UnsupportedOperationException("parser not implemented yet");
    }

    /** Whether a path under {@code content/} is a published issue file this parser reads. */
    public static boolean isIssueFile(Path file) {
        String name = file.getFileName().toString();
        return name.matches("\\d{4}-\\d{1,2}-\\d{1,2}-.*\\.(md|markdown|rst)");
    }
}
