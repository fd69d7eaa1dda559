package org.twir.archive.sync;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.URIish;

/**
 * The "GitHub" of a test: a bare repository on disk that the service clones and fetches from, plus an editor's
 * clone through which the test writes, commits and pushes issues, as TWiR's editors do.
 */
public final class Upstream implements AutoCloseable {

    private static final PersonIdent EDITOR = new PersonIdent("Test Editor", "editor@example.invalid");

    private final Path bare;
    private final Git editor;

    private Upstream(Path bare, Git editor) {
        this.bare = bare;
        this.editor = editor;
    }

    /** A bare repository at {@code root/remote.git} whose {@code main} holds a README and an empty draft. */
    public static Upstream create(Path root) throws IOException, GitAPIException, URISyntaxException {
        GitTestSupport.isolate();
        Path bare = root.resolve("remote.git");
        Git.init()
                .setBare(true)
                .setInitialBranch("main")
                .setDirectory(bare.toFile())
                .call()
                .close();
        Git editor = Git.init()
                .setInitialBranch("main")
                .setDirectory(root.resolve("editor").toFile())
                .call();
        editor.remoteAdd()
                .setName("origin")
                .setUri(new URIish(bare.toUri().toString()))
                .call();
        Upstream upstream = new Upstream(bare, editor);
        upstream.write("README.md", "A test copy of the newsletter repository.\n")
                .write("draft/DRAFT_TEMPLATE", "Title: This Week in Rust XXX\n")
                .commit("initial layout");
        return upstream;
    }

    /** The remote as the service is configured with it. */
    public String uri() {
        return bare.toUri().toString();
    }

    /** The editor's work tree: after {@link #commit}, exactly the files of the newest commit. */
    Path workTree() {
        return editor.getRepository().getWorkTree().toPath();
    }

    Path bare() {
        return bare;
    }

    public Upstream write(String path, String text) throws IOException {
        Path file = editor.getRepository().getWorkTree().toPath().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    Upstream writeBytes(String path, byte[] bytes) throws IOException {
        Path file = editor.getRepository().getWorkTree().toPath().resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return this;
    }

    /** Copies the files of {@code source/sub} into {@code sub} of the editor's work tree. */
    public Upstream copyFrom(Path source, String sub) throws IOException {
        Path from = source.resolve(sub);
        Path to = editor.getRepository().getWorkTree().toPath().resolve(sub);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return this;
    }

    public Upstream delete(String path) throws IOException {
        Files.delete(editor.getRepository().getWorkTree().toPath().resolve(path));
        return this;
    }

    Upstream rename(String from, String to) throws IOException {
        Path tree = editor.getRepository().getWorkTree().toPath();
        Files.move(tree.resolve(from), tree.resolve(to));
        return this;
    }

    /** Commits everything in the editor's work tree and pushes it; returns the commit id. */
    public String commit(String message) throws GitAPIException {
        editor.add().addFilepattern(".").call();
        editor.add().addFilepattern(".").setUpdate(true).call();
        RevCommit commit = editor.commit()
                .setMessage(message)
                .setAuthor(EDITOR)
                .setCommitter(EDITOR)
                .setSign(false)
                .call();
        editor.push()
                .setRemote("origin")
                .setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main"))
                .call();
        return commit.name();
    }

    @Override
    public void close() {
        editor.close();
    }
}
