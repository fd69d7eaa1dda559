# syntax=docker/dockerfile:1
# TWiR Archive: build with the README's command, run on a small JDK 25 runtime as a non-root user.
#
#   docker compose up -d                      (see docker-compose.yml)
#   docker build -t twir-archive . && docker run -p 8080:8080 -v twir-data:/data twir-archive

# The README run command's memory flags (a 256 MB heap in <= 350 MB of RSS; docs/operations.md, "Memory"): the
# training run below records the CDS archive with them, and the runtime image passes them to every java it starts
# (JDK_JAVA_OPTIONS; `docker run -e JDK_JAVA_OPTIONS=...` replaces them).
ARG MEMORY_FLAGS="-XX:+UseSerialGC -Xms64m -Xmn32m -XX:SurvivorRatio=4 -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:TrimNativeHeapInterval=2000"

# ---- build: JDK 25 + Node 22 + Maven (through the wrapper, as in the README) ----
FROM node:22-bookworm-slim AS build
ARG MEMORY_FLAGS
COPY --from=eclipse-temurin:25-jdk /opt/java/openjdk /opt/java/openjdk
ENV JAVA_HOME=/opt/java/openjdk \
    PATH=/opt/java/openjdk/bin:$PATH
# The Maven wrapper downloads Maven with curl and unpacks it with unzip.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl unzip \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# Exactly the README's build command (it also builds the front end with npm).
RUN ./mvnw -B -DskipTests package
# A runtime with just the modules the service needs, including the incubating vector API Lucene uses
# (not every distribution's JRE image ships jdk.incubator.vector, and --add-modules fails without it).
RUN jlink --add-modules java.se,jdk.unsupported,jdk.incubator.vector,jdk.crypto.ec,jdk.management,jdk.zipfs,jdk.naming.dns,jdk.jfr \
      --strip-debug --no-header-files --no-man-pages --compress=zip-6 --generate-cds-archive --output /jre
# Start-up: the build's extracted jar (target/app, what the README runs) loads classes faster than the nested fat
# jar, and a class data sharing (CDS) archive of the classes a restart loads saves most of the rest. The archive is
# recorded by a restart of the service over the repository's invented test issues, with one request of each kind,
# as src/main/docker/record-cds-archive explains; with the runtime image and the jar path of the ENTRYPOINT, as CDS
# requires. A JVM that cannot use it starts without it. (A JDK 25 AOT cache, JEP 483/514/515, restarted slower in
# each of 19 paired restarts on 2 cores, median 4.8 s against 4.0 s: docs/operations.md, "Start-up".)
RUN cp -r target/app /app \
 && src/main/docker/record-cds-archive /jre/bin/java /app/twir-archive.jar /app/app.jsa $MEMORY_FLAGS

# ---- runtime: JDK 25 runtime image, non-root, data on a volume ----
FROM debian:bookworm-slim
ARG MEMORY_FLAGS
# curl for the health check; ca-certificates for cloning over https.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /data --no-create-home twir \
 && mkdir -p /data /app \
 && chown twir:twir /data
COPY --from=build /jre /opt/java
COPY --from=build /app /app
ENV JAVA_HOME=/opt/java \
    PATH=/opt/java/bin:$PATH \
    JDK_JAVA_OPTIONS=$MEMORY_FLAGS \
    TWIR_ARCHIVE_DIR=/data/archive/this-week-in-rust \
    TWIR_INDEX_DIR=/data/index \
    TWIR_ARCHIVE_REMOTE=https://github.com/rust-lang/this-week-in-rust.git \
    TWIR_ADMIN_TOKEN= \
    XDG_CONFIG_HOME=/data/.config \
    SERVER_PORT=8080
# The clone of the archive and the Lucene index; both survive container replacement.
VOLUME ["/data"]
USER twir
WORKDIR /data
EXPOSE 8080
# Readiness is DOWN until the index is open (first start: clone + index, a minute or two).
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health/readiness || exit 1
# Exec form: java is PID 1 and gets SIGTERM, so Spring shuts down gracefully (requests finish, index closes).
ENTRYPOINT ["java", "--add-modules", "jdk.incubator.vector", "-XX:MaxRAMPercentage=75", "-XX:SharedArchiveFile=/app/app.jsa", "-Xlog:cds=off", "-jar", "/app/twir-archive.jar"]
