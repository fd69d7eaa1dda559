package org.twir.archive.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TransportProblemsTest {

    private FullHttpResponse written(FullHttpResponse response) {
        EmbeddedChannel channel = new EmbeddedChannel(new TransportProblems.BareErrorBodies());
        channel.writeOutbound(response);
        FullHttpResponse out = channel.readOutbound();
        channel.finishAndReleaseAll();
        return out;
    }

    @Test
    void aBare414FromTheTransportBecomesAProblemSayingTheLimit() {
        FullHttpResponse out =
                written(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_URI_TOO_LONG));
        try {
            assertThat(out.status().code()).isEqualTo(414);
            assertThat(out.headers().get(HttpHeaderNames.CONTENT_TYPE)).isEqualTo("application/problem+json");
            String body = out.content().toString(StandardCharsets.UTF_8);
            assertThat(body).contains("\"status\":414", "64 KB");
            assertThat(out.headers().getInt(HttpHeaderNames.CONTENT_LENGTH))
                    .isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
        } finally {
            out.release();
        }
    }

    @Test
    void anErrorThatHasABodyIsLeftAsItIs() {
        FullHttpResponse original = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1,
                HttpResponseStatus.BAD_REQUEST,
                io.netty.buffer.Unpooled.copiedBuffer("{}", StandardCharsets.UTF_8));
        original.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json");
        FullHttpResponse out = written(original);
        try {
            assertThat(out.content().toString(StandardCharsets.UTF_8)).isEqualTo("{}");
        } finally {
            out.release();
        }
    }
}
