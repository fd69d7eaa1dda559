package org.twir.archive.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.MissingObjectException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.model.Issue;
import org.twir.archive.model.ParseProblem;
import org.twir.archive.parse.ArchiveParser;
import org.twir.archive.parse.ArchiveParser.FileParse;
import org.twir.archive.sync.SyncReport.Outcome;

/**
 * One sync of the git clone into the index: fetch (or clone), diff against the commit the index reflects, move
 * the work tree, re-parse only the changed issue files and apply them in one index commit. Order matters for
 * crash safety: the work tree moves only after the fetch succeeded; the index commit, which carries the
 * fingerprint of the new work tree, comes next; {@code refs/twir/indexed} moves last. A process killed before the
 * index commit restarts with the work tree moved back to the indexed commit ({@link #prepareForLoad}), so the
 * last committed index is served as it is and the next sync redoes the work.
 */
final class GitSync {

    private static final Logger log = LoggerFactory.getLogger(GitSync.class);

    /** What a run did, before timing is added. */
    record Result(
            Outcome outcome,
            @Nullable String commit,
            @Nullable String previousCommit,
            List<String> added,
            List<String> changed,
            List<String> removed,
            List<ParseProblem> problems,
            String message) {}

    private final GitArchive git;
    private final ArchiveParser parser;
    private final ArchiveIndexService index;
    private final ArchiveSyncService.Fingerprinter fingerprinter;

    GitSync(
            GitArchive git,
            ArchiveParser parser,
            ArchiveIndexService index,
            ArchiveSyncService.Fingerprinter fingerprinter) {
        this.git = git;
        this.parser = parser;
        this.index = index;
        this.fingerprinter = fingerprinter;
    }

    GitArchive archive() {
        return git;
    }

    /**
     * Moves the work tree back to the commit the index was built from, when a sync was cut short after the
     * checkout: the start-up load then finds the files matching the index's fingerprint, serves the last
     * committed state at once, and the next sync catches up incrementally. Clones when there is no clone yet.
     *
     * @return what was done, for the log
     */
    String prepareForLoad() throws IOException {
        return switch (git.layout()) {
            case PLAIN, UNUSABLE -> "nothing to prepare";
            case MISSING -> {
                String head = git.cloneFresh();
                yield "cloned " + git.remoteForDisplay() + " at " + head;
            }
            case CLONE -> {
                List<String> locks = git.deleteStaleLocks();
                String killed = locks.isEmpty() ? "" : " (deleted the lock files " + locks + " a killed sync left)";
                Optional<String> indexed = git.indexedCommit();
                Optional<String> head = git.head();
                // Also when HEAD already names it: a kill inside a checkout moves HEAD before the files.
                if (indexed.isPresent() && (!indexed.equals(head) || !git.workTreeMatchesHead())) {
                    git.checkout(indexed.get());
                    yield "work tree moved back from " + head.orElse("(none)") + " to the indexed commit "
                            + indexed.get() + " (a sync was interrupted); the next sync catches up" + killed;
                }
                yield "clone at " + head.orElse("(none)") + killed;
            }
        };
    }

    /**
     * Records that the start-up load indexed the work tree as it is. When that tree is not exactly a commit's
     * (the move back before the load failed), no commit describes the index: the record is dropped and the next
     * sync re-indexes every issue file instead of diffing from a commit the index does not hold.
     */
    void loadedFromDisk() throws IOException {
        if (git.layout() == GitArchive.Layout.CLONE) {
            Optional<String> head = git.head();
            if (head.isPresent() && git.workTreeMatchesHead()) {
                git.markIndexed(head.get());
            } else {
                git.forgetIndexed();
                log.warn(
                        "The work tree in {} is not the commit {}: the next sync re-indexes every issue file",
                        git.dir(),
                        head.orElse("(none)"));
            }
        }
    }

    /** The commit the index was last built from, if known. */
    Optional<String> indexedCommit() throws IOException {
        return git.layout() == GitArchive.Layout.CLONE ? git.indexedCommit() : Optional.empty();
    }

    /** One sync: clone or fetch, then re-index what changed since the indexed commit. */
    Result run() throws IOException {
        return switch (git.layout()) {
            case PLAIN ->
                notSynced(git.dir() + " holds an archive that is not a git clone: it is read as it is and"
                        + " never synced");
            case UNUSABLE ->
                throw new IOException(git.dir() + " is neither a git clone nor an archive (no content/"
                        + " directory): it is left untouched; point twir.archive.dir at an empty or missing directory");
            case MISSING -> {
                String head = git.cloneFresh();
                log.info("Cloned {} into {} at {}", git.remoteForDisplay(), git.dir(), head);
                yield apply(null, head, Outcome.CLONED);
            }
            case CLONE -> {
                String target = git.fetch();
                // Without a record no commit is known to describe the index: everything is re-indexed.
                String base = git.indexedCommit().orElse(null);
                if (target.equals(base) && target.equals(git.head().orElse(null))) {
                    yield new Result(
                            Outcome.UP_TO_DATE,
                            target,
                            base,
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            "already at " + target);
                }
                yield apply(base, target, Outcome.UPDATED);
            }
        };
    }

    private Result apply(@Nullable String base, String target, Outcome outcome) throws IOException {
        ArchiveChanges changes = changesSince(base, target);
        git.checkout(target);
        List<Issue> upserts = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        List<String> removed = new ArrayList<>(changes.removed());
        for (String key : concat(changes.added(), changes.modified())) {
            if (!parseInto(key, upserts, problems)) {
                // Same result as a full load of these files: what does not parse as an issue is not indexed.
                removed.add(key);
            }
        }
        if (changes.from() == null) {
            removed.addAll(staleKeys(changes));
        }
        var update = index.apply(upserts, removed, fingerprinter.of(git.dir()));
        git.markIndexed(target);
        String message = String.format(
                Locale.ROOT,
                "%s -> %s: %d issues written (%d entries), %d removed, %d parse problems",
                base == null ? "(nothing)" : base,
                target,
                update.issuesUpserted(),
                update.entriesWritten(),
                update.issuesRemoved(),
                problems.size());
        log.info("Sync {}", message);
        return new Result(
                outcome, target, changes.from(), changes.added(), changes.modified(), removed, problems, message);
    }

    /** The diff from {@code base}; everything when the base commit is unknown here (e.g. lost to a re-clone). */
    private ArchiveChanges changesSince(@Nullable String base, String target) throws IOException {
        try {
            return git.changes(base, target);
        } catch (MissingObjectException | IllegalArgumentException e) {
            log.warn("Commit {} is not in the clone ({}); re-indexing every issue file", base, e.getMessage());
            return git.changes(null, target);
        }
    }

    private boolean parseInto(String key, List<Issue> upserts, List<ParseProblem> problems) {
        Path file = git.dir().resolve(GitArchive.CONTENT).resolve(key);
        try {
            FileParse parse = parser.parseFile(file);
            problems.addAll(parse.problems());
            parse.issue().ifPresent(upserts::add);
            return parse.issue().isPresent();
        } catch (IOException e) {
            problems.add(new ParseProblem(key, 0, "cannot read: " + e.getMessage()));
            return false;
        } catch (RuntimeException e) {
            // A parser bug on one file must not keep the others out of the index; the trace goes to the log.
            log.error("Parsing {} failed", file, e);
            problems.add(new ParseProblem(key, 0, "parser failed: " + e));
            return false;
        }
    }

    /** On a full re-index: issues the index still shows whose files are no longer in the archive. */
    private List<String> staleKeys(ArchiveChanges changes) {
        Set<String> present = new HashSet<>(changes.added());
        return index.snapshot().issues().stream()
                .map(issue -> issue.ref().sourceFile())
                .filter(key -> !present.contains(key))
                .toList();
    }

    private static Result notSynced(String message) {
        return new Result(Outcome.NOT_SYNCED, null, null, List.of(), List.of(), List.of(), List.of(), message);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
