package org.twir.archive.sync;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.FS;
import org.jspecify.annotations.Nullable;
import org.twir.archive.parse.ArchiveParser;

/**
 * The local clone of the TWiR repository. Network work (clone, fetch) never touches the files the service
 * reads: a clone is made beside the target and moved into place when complete, and a fetch only adds objects
 * and moves {@code origin/<branch>}; the work tree moves ({@link #checkout}) only after a fetch succeeded.
 */
final class GitArchive {

    /** What {@code dir} holds before any git work. */
    enum Layout {
        /** A git clone: it is fetched and moved forward. */
        CLONE,
        /** An archive that is not a git clone: it is read as it is and never synced. */
        PLAIN,
        /** Nothing yet: the first sync clones into it. */
        MISSING,
        /** Something else (a non-empty directory without {@code content/}): left alone. */
        UNUSABLE
    }

    static final String CONTENT = "content";

    /**
     * Names the commit whose issue files the index holds (its last commit carries their fingerprint). Moved only
     * after an index commit, so after a crash it still names what the index on disk was built from.
     */
    static final String INDEXED_REF = "refs/twir/indexed";

    private final Path dir;
    private final String remote;
    private final String branch;
    private final int timeoutSeconds;

    GitArchive(Path dir, String remote, String branch, Duration timeout) {
        this.dir = Objects.requireNonNull(dir, "dir must not be null")
                .toAbsolutePath()
                .normalize();
        if (remote.isBlank()) {
            throw new IllegalArgumentException("remote must not be blank");
        }
        if (branch.isBlank()) {
            throw new IllegalArgumentException("branch must not be blank");
        }
        this.remote = remote;
        this.branch = branch;
        this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
    }

    Path dir() {
        return dir;
    }

    /** The remote without any password it may carry, for logs and reports. */
    String remoteForDisplay() {
        try {
            return new URIish(remote).setPass(null).toString();
        } catch (URISyntaxException e) {
            return remote;
        }
    }

    Layout layout() throws IOException {
        if (!Files.exists(dir)) {
            return Layout.MISSING;
        }
        if (RepositoryCache.FileKey.isGitRepository(
                dir.resolve(Constants.DOT_GIT).toFile(), FS.DETECTED)) {
            return Layout.CLONE;
        }
        if (Files.isDirectory(dir.resolve(CONTENT))) {
            return Layout.PLAIN;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isPresent() ? Layout.UNUSABLE : Layout.MISSING;
        }
    }

    /**
     * Clones the remote's branch (shallow) beside {@code dir}, then moves the finished clone into place, so an
     * interrupted clone never leaves a half-filled archive where the service reads.
     *
     * @return the commit checked out
     */
    String cloneFresh() throws IOException {
        Path parent = Objects.requireNonNull(dir.getParent(), "archive dir must have a parent");
        Files.createDirectories(parent);
        deleteLeftoverClones(parent);
        Path staging = Files.createTempDirectory(parent, dir.getFileName() + ".clone-");
        String head;
        try (Git git = Git.cloneRepository()
                .setURI(remote)
                .setDirectory(staging.toFile())
                .setBranch(Constants.R_HEADS + branch)
                .setBranchesToClone(List.of(Constants.R_HEADS + branch))
                .setCloneAllBranches(false)
                .setDepth(1)
                .setTimeout(timeoutSeconds)
                .call()) {
            ObjectId id = git.getRepository().resolve(Constants.HEAD);
            if (id == null) {
                throw new IOException("branch '" + branch + "' not found at " + remoteForDisplay());
            }
            head = id.name();
        } catch (GitAPIException | IOException e) {
            deleteRecursively(staging);
            throw new IOException("cannot clone " + remoteForDisplay() + ": " + e.getMessage(), e);
        }
        if (Files.isDirectory(dir)) {
            Files.delete(dir); // only ever empty here: layout() said MISSING
        }
        Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        return head;
    }

    /**
     * Fetches the branch into {@code origin/<branch>} without touching the work tree.
     *
     * @return the fetched commit
     */
    String fetch() throws IOException {
        try (Git git = Git.open(dir.toFile())) {
            followConfiguredRemote(git.getRepository());
            String tracking = Constants.R_REMOTES + Constants.DEFAULT_REMOTE_NAME + "/" + branch;
            git.fetch()
                    .setRemote(Constants.DEFAULT_REMOTE_NAME)
                    .setRefSpecs(new RefSpec("+" + Constants.R_HEADS + branch + ":" + tracking))
                    .setTimeout(timeoutSeconds)
                    .call();
            ObjectId id = git.getRepository().resolve(tracking);
            if (id == null) {
                throw new IOException("branch '" + branch + "' not found at " + remoteForDisplay());
            }
            return id.name();
        } catch (GitAPIException e) {
            throw new IOException("cannot fetch " + remoteForDisplay() + ": " + e.getMessage(), e);
        }
    }

    /** The commit the work tree is at, if any. */
    Optional<String> head() throws IOException {
        try (Repository repo = open()) {
            return Optional.ofNullable(repo.resolve(Constants.HEAD)).map(ObjectId::name);
        }
    }

    /** The commit the index was last built from, if recorded. */
    Optional<String> indexedCommit() throws IOException {
        try (Repository repo = open()) {
            return Optional.ofNullable(repo.resolve(INDEXED_REF)).map(ObjectId::name);
        }
    }

    /** Records that the index now holds the issue files of {@code commit}. */
    void markIndexed(String commit) throws IOException {
        try (Repository repo = open()) {
            RefUpdate update = repo.updateRef(INDEXED_REF);
            update.setNewObjectId(ObjectId.fromString(commit));
            update.setForceUpdate(true);
            update.setRefLogMessage("twir: indexed", false);
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.NEW
                    && result != RefUpdate.Result.FORCED
                    && result != RefUpdate.Result.NO_CHANGE
                    && result != RefUpdate.Result.FAST_FORWARD) {
                throw new IOException("cannot record the indexed commit " + commit + " in " + dir + ": " + result);
            }
        }
    }

    /** Forgets which commit the index holds, so that the next sync re-indexes every issue file. */
    void forgetIndexed() throws IOException {
        try (Repository repo = open()) {
            if (repo.exactRef(INDEXED_REF) == null) {
                return;
            }
            RefUpdate update = repo.updateRef(INDEXED_REF);
            update.setForceUpdate(true);
            RefUpdate.Result result = update.delete();
            if (result != RefUpdate.Result.FORCED && result != RefUpdate.Result.NO_CHANGE) {
                throw new IOException("cannot delete " + INDEXED_REF + " in " + dir + ": " + result);
            }
        }
    }

    /**
     * Moves the branch and the work tree to {@code commit} (fast-forward or hard reset alike), then deletes the
     * issue files git does not track: a checkout cut short by a kill leaves files of the commit it was moving to,
     * which a reset from its stale index keeps as untracked; left there they would be loaded as issues.
     */
    void checkout(String commit) throws IOException {
        try (Git git = Git.open(dir.toFile())) {
            git.reset().setMode(ResetType.HARD).setRef(commit).call();
            for (String untracked : git.status().addPath(CONTENT).call().getUntracked()) {
                Files.deleteIfExists(dir.resolve(untracked));
            }
        } catch (GitAPIException | JGitInternalException e) {
            throw new IOException("cannot check out " + commit + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Whether the issue files in the work tree are exactly those of the checked-out commit. */
    boolean workTreeMatchesHead() throws IOException {
        try (Git git = Git.open(dir.toFile())) {
            return git.status().addPath(CONTENT).call().isClean();
        } catch (GitAPIException | JGitInternalException e) {
            throw new IOException("cannot read the status of " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the lock files a killed process left in {@code .git} (the index, a ref, packed-refs). JGit refuses
     * to touch what such a file locks, so one left by a kill in a checkout or fetch would fail every later sync
     * and keep a half-moved work tree where the service reads. Only safe while no git work runs: before loading.
     *
     * @return the lock files deleted, relative to {@code .git}
     */
    List<String> deleteStaleLocks() throws IOException {
        Path gitDir = dir.resolve(Constants.DOT_GIT);
        List<String> deleted = new ArrayList<>();
        try (Stream<Path> files = Files.walk(gitDir)) {
            for (Path lock : files.filter(f -> f.getFileName().toString().endsWith(".lock"))
                    .filter(Files::isRegularFile)
                    .toList()) {
                Files.delete(lock);
                deleted.add(gitDir.relativize(lock).toString());
            }
        }
        return deleted;
    }

    /**
     * The published issue files that differ between two commits; with {@code from} null, every issue file at
     * {@code to} counts as added. Renames come out as a removal plus an addition because the index is keyed by
     * file name.
     *
     * @throws org.eclipse.jgit.errors.MissingObjectException when {@code from} is not in the repository
     */
    ArchiveChanges changes(@Nullable String from, String to) throws IOException {
        List<String> added = new ArrayList<>();
        List<String> modified = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        try (Repository repo = open();
                RevWalk commits = new RevWalk(repo);
                TreeWalk walk = new TreeWalk(repo)) {
            walk.setRecursive(true);
            walk.setFilter(PathFilter.create(CONTENT));
            if (from == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(commits.parseCommit(ObjectId.fromString(from)).getTree());
            }
            walk.addTree(commits.parseCommit(ObjectId.fromString(to)).getTree());
            for (DiffEntry diff : DiffEntry.scan(walk)) {
                switch (diff.getChangeType()) {
                    case ADD, COPY -> issueKey(diff.getNewPath()).ifPresent(added::add);
                    case MODIFY -> issueKey(diff.getNewPath()).ifPresent(modified::add);
                    case DELETE -> issueKey(diff.getOldPath()).ifPresent(removed::add);
                    case RENAME -> {
                        issueKey(diff.getOldPath()).ifPresent(removed::add);
                        issueKey(diff.getNewPath()).ifPresent(added::add);
                    }
                }
            }
        }
        return new ArchiveChanges(from, to, added, modified, removed);
    }

    /**
     * The index key of a repository path when it is a published issue file: a file directly in {@code content/}
     * (what the parser reads; {@code content/pages/} and {@code draft/} are not issues) that the parser accepts.
     */
    static Optional<String> issueKey(String repositoryPath) {
        String prefix = CONTENT + "/";
        if (!repositoryPath.startsWith(prefix)) {
            return Optional.empty();
        }
        String key = repositoryPath.substring(prefix.length());
        return !key.contains("/") && ArchiveParser.isIssueFile(Path.of(key)) ? Optional.of(key) : Optional.empty();
    }

    private Repository open() throws IOException {
        return new FileRepositoryBuilder()
                .setWorkTree(dir.toFile())
                .setMustExist(true)
                .build();
    }

    /** Lets a changed {@code twir.archive.remote} take effect on an existing clone. */
    private void followConfiguredRemote(Repository repo) throws IOException {
        StoredConfig config = repo.getConfig();
        String current = config.getString("remote", Constants.DEFAULT_REMOTE_NAME, "url");
        if (!remote.equals(current)) {
            config.setString("remote", Constants.DEFAULT_REMOTE_NAME, "url", remote);
            config.save();
        }
    }

    /** Removes staging directories of clones that a killed process left behind. */
    private void deleteLeftoverClones(Path parent) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(parent, dir.getFileName() + ".clone-*")) {
            for (Path leftover : leftovers) {
                deleteRecursively(leftover);
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
