package org.twir.archive.web;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.twir.archive.index.ArchiveIndexService;
import org.twir.archive.search.SearchHit;
import org.twir.archive.search.SearchService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The one way controllers reach the index: the call runs on a pool of its own (Lucene blocks; the Netty event
 * loop must not) and fails with {@link IndexNotReadyException} while the index is being built.
 *
 * <p>The pool has two threads per core, not Reactor's shared ten: index work is CPU-bound, so more threads only
 * add context switches, and under load a thread descheduled while holding any lock makes the others convoy
 * behind it (profiling 64 concurrent uncached searches on two cores showed 20 workers waiting up to 95 ms on one
 * monitor). Two per core still lets a slow request (a 10 KB query, the first duplicate check) run beside the
 * others. The threads share one queue, first come first served: Reactor's bounded elastic pool gives each thread
 * a queue of its own and hands a call to the one with the fewest waiting, so a call behind a slow one waited for
 * it while another thread ran dry, which lengthened the slowest answers under load. Beyond {@link #MAX_QUEUED}
 * waiting calls, a call is refused (503 with Retry-After) rather than queued without bound.
 */
@Component
class ArchiveAccess implements DisposableBean {

    static final int MAX_QUEUED = 10_000;

    private final ArchiveIndexService index;
    private final ArchiveView view;
    private final Scheduler workers;

    @Autowired
    ArchiveAccess(ArchiveIndexService index, SearchService search) {
        this(index, search, 2 * Runtime.getRuntime().availableProcessors(), MAX_QUEUED);
    }

    /** A pool of {@code threads} that refuses a call when {@code maxQueued} are already waiting. */
    ArchiveAccess(ArchiveIndexService index, SearchService search, int threads, int maxQueued) {
        this.index = index;
        this.view = new ArchiveView(index, search);
        AtomicInteger started = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(maxQueued), task -> {
                    Thread thread = new Thread(task, "index-reader-" + started.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.workers = Schedulers.fromExecutorService(pool, "index-reader");
    }

    /**
     * Runs {@code work} on the pool, on one published index state from start to end; the answer is stamped with
     * that state's generation ({@link GenerationStamp}).
     */
    <T> Mono<T> call(Function<ArchiveView, T> work) {
        return Mono.deferContextual(context -> Mono.fromCallable(() -> {
                    if (!index.isReady()) {
                        throw new IndexNotReadyException();
                    }
                    return index.onOneState(
                            generation -> GenerationStamp.record(context, generation), () -> work.apply(view));
                }))
                .subscribeOn(workers);
    }

    /**
     * Streams what a cursor opened on the index yields. The cursor is opened on the pool and fails the returned
     * {@code Mono} as {@link #call} does (so a bad request is still answered with a problem); then each batch is
     * read on the pool when the client has taken the previous ones (so memory stays a few batches, however long the
     * stream), and the cursor is closed when the stream completes, fails or is cancelled.
     */
    <T> Mono<Flux<T>> stream(Function<ArchiveView, SearchService.Export> open, Function<List<SearchHit>, T> encode) {
        return call(open)
                .map(export -> Flux.<T, SearchService.Export>generate(
                                () -> export,
                                (cursor, sink) -> {
                                    List<SearchHit> batch = cursor.next();
                                    if (batch.isEmpty()) {
                                        sink.complete();
                                    } else {
                                        sink.next(encode.apply(batch));
                                    }
                                    return cursor;
                                },
                                SearchService.Export::close)
                        .subscribeOn(workers, true));
    }

    boolean isReady() {
        return index.isReady();
    }

    long generation() {
        return index.snapshot().generation();
    }

    @Override
    public void destroy() {
        workers.dispose();
    }
}
