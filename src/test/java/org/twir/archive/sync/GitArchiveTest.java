package org.twir.archive.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitArchiveTest {

    @TempDir
    Path tmp;

    private Upstream upstream;
    private GitArchive archive;

    @BeforeEach
    void setUp() throws Exception {
        upstream = Upstream.create(tmp);
        archive = new GitArchive(tmp.resolve("data/archive"), upstream.uri(), "main", Duration.ofSeconds(10));
    }

    @AfterEach
    void tearDown() {
        upstream.close();
    }

    @Test
    void missingDirectoryIsClonedAndCheckedOut() throws Exception {
        String commit = upstream.write(FixtureIssues.path(900), FixtureIssues.issue(900, "alpha"))
                .commit("900");

        assertThat(archive.layout()).isEqualTo(GitArchive.Layout.MISSING);
        assertThat(archive.cloneFresh()).isEqualTo(commit);
        assertThat(archive.layout()).isEqualTo(GitArchive.Layout.CLONE);
        assertThat(archive.dir().resolve(FixtureIssues.path(900))).exists();
        assertThat(archive.head()).contains(commit);
    }

    @Test
    void everyIssueFileCountsAsAddedWithoutABaseCommit() throws Exception {
        String commit = upstream.write(FixtureIssues.path(900), FixtureIssues.issue(900, "alpha"))
                .write(FixtureIssues.path(901), FixtureIssues.issue(901, "beta"))
                .commit("two issues");
        archive.cloneFresh();

        ArchiveChanges changes = archive.changes(null, commit);

        assertThat(changes.added()).containsExactlyInAnyOrder(FixtureIssues.fileName(900), FixtureIssues.fileName(901));
        assertThat(changes.modified()).isEmpty();
        assertThat(changes.removed()).isEmpty();
    }

    @Test
    void changesBetweenCommitsNameAddedModifiedAndRemovedIssues() throws Exception {
        String before = upstream.write(FixtureIssues.path(900), FixtureIssues.issue(900, "alpha"))
                .write(FixtureIssues.path(901), FixtureIssues.issue(901, "beta"))
                .commit("two issues");
        archive.cloneFresh();
        String after = upstream.write(FixtureIssues.path(900), FixtureIssues.issue(900, "gamma"))
                .delete(FixtureIssues.path(901))
                .write(FixtureIssues.path(902), FixtureIssues.issue(902, "delta"))
                .commit("edit, delete, add");

        ArchiveChanges changes = archive.changes(before, archive.fetch());

        assertThat(changes)
                .isEqualTo(new ArchiveChanges(
                        before,
                        after,
                        List.of(FixtureIssues.fileName(902)),
                        List.of(FixtureIssues.fileName(900)),
                        List.of(FixtureIssues.fileName(901))));
    }

    @Test
    void renamedIssueIsARemovalPlusAnAddition() throws Exception {
        String before = upstream.write(FixtureIssues.path(900), FixtureIssues.issue(900, "alpha"))
                .commit("900");
        archive.cloneFresh();
        upstream.rename(FixtureIssues.path(900), "content/" + FixtureIssues.date(900) + "-renamed.md")
                .commit("mv");

        ArchiveChanges changes = archive.changes(before, archive.fetch());

        assertThat(changes.removed()).containsExactly(FixtureIssues.fileName(900));
        assertThat(changes.added()).containsExactly(FixtureIssues.date(900) + "-renamed.md");
    }

    @Test
    void draftsAndNonIssueFilesAreNotIssueChanges() throws Exception {
        String before = upstream.commit("empty");
        archive.cloneFresh();
        upstream.write("draft/" + FixtureIssues.fileName(903), FixtureIssues.issue(903, "draft"))
                .write("content/pages/privacy-policy.md", "# Privacy\n")
                .write("content/pages/" + FixtureIssues.fileName(904), FixtureIssues.issue(904, "page"))
                .write("README.md", "changed\n")
                .commit("draft and pages");

        assertThat(archive.changes(before, archive.fetch()).isEmpty()).isTrue();
    }

    @Test
    void fetchLeavesTheWorkTreeWhereItIsUntilCheckout() throws Exception {
        String before = upstream.write(FixtureIssues.path(900), FixtureIssues.issue(900, "alpha"))
                .commit("900");
        archive.cloneFresh();
        String after = upstream.write(FixtureIssues.path(901), FixtureIssues.issue(901, "beta"))
                .commit("901");

        assertThat(archive.fetch()).isEqualTo(after);
        assertThat(archive.head()).contains(before);
        assertThat(archive.dir().resolve(FixtureIssues.path(901))).doesNotExist();

        archive.checkout(after);
        assertThat(archive.head()).contains(after);
        assertThat(archive.dir().resolve(FixtureIssues.path(901))).exists();
    }

    @Test
    void successiveFetchesOfAShallowCloneDiffAgainstTheOldCommit() throws Exception {
        upstream.write(FixtureIssues.path(900), FixtureIssues.issue(900, "alpha"))
                .commit("900");
        upstream.write(FixtureIssues.path(901), FixtureIssues.issue(901, "beta"))
                .commit("901");
        String cloned = archive.cloneFresh();
        for (int n = 902; n < 905; n++) {
            upstream.write(FixtureIssues.path(n), FixtureIssues.issue(n, "more"))
                    .commit("issue " + n);
        }
        String first = archive.fetch();
        archive.checkout(first);
        upstream.delete(FixtureIssues.path(900)).commit("drop 900");

        ArchiveChanges changes = archive.changes(cloned, archive.fetch());

        assertThat(changes.added()).hasSize(3);
        assertThat(changes.removed()).containsExactly(FixtureIssues.fileName(900));
    }

    @Test
    void failedFetchLeavesTheCloneIntact() throws Exception {
        String commit = upstream.write(FixtureIssues.path(900), FixtureIssues.issue(900, "alpha"))
                .commit("900");
        archive.cloneFresh();
        GitArchive unreachable = new GitArchive(
                archive.dir(), tmp.resolve("gone.git").toUri().toString(), "main", Duration.ofSeconds(5));

        assertThatThrownBy(unreachable::fetch).isInstanceOf(IOException.class).hasMessageContaining("cannot fetch");
        assertThat(archive.head()).contains(commit);
        assertThat(Files.readString(archive.dir().resolve(FixtureIssues.path(900))))
                .contains("alpha");
    }

    @Test
    void failedCloneLeavesNoDirectoryBehind() {
        GitArchive unreachable = new GitArchive(
                tmp.resolve("data/archive"), tmp.resolve("gone.git").toUri().toString(), "main", Duration.ofSeconds(5));

        assertThatThrownBy(unreachable::cloneFresh)
                .isInstanceOf(IOException.class)
                .hasMessageContaining("cannot clone");
        assertThat(tmp.resolve("data")).isEmptyDirectory();
    }

    @Test
    void archiveThatIsNotACloneIsReadAsItIs() throws IOException {
        Files.createDirectories(tmp.resolve("plain/content"));

        GitArchive plain = new GitArchive(tmp.resolve("plain"), upstream.uri(), "main", Duration.ofSeconds(5));

        assertThat(plain.layout()).isEqualTo(GitArchive.Layout.PLAIN);
    }

    @Test
    void directoryWithOtherFilesIsLeftAlone() throws IOException, GitAPIException {
        Files.createDirectories(tmp.resolve("other"));
        Files.writeString(tmp.resolve("other/notes.txt"), "mine");

        GitArchive other = new GitArchive(tmp.resolve("other"), upstream.uri(), "main", Duration.ofSeconds(5));

        assertThat(other.layout()).isEqualTo(GitArchive.Layout.UNUSABLE);
    }

    @Test
    void passwordsInTheRemoteAreNotShown() {
        GitArchive withToken =
                new GitArchive(tmp, "https://bot:s3cret@git.example.org/twir.git", "main", Duration.ofSeconds(5));

        assertThat(withToken.remoteForDisplay()).doesNotContain("s3cret");
    }
}
