package org.twir.archive.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Reactor Netty answers a request it cannot decode (a request line over {@code server.netty.max-initial-line-length},
 * oversized headers, a malformed request) itself, before Spring sees it, with an empty 4xx. This handler sits
 * between the HTTP codec and Reactor Netty and gives such a bare error an RFC 9457 problem body saying what to
 * fix, like every other 4xx of the API (HostileFuzzIT found the bare 414).
 */
@Component
class TransportProblems implements NettyServerCustomizer {

    static final String HANDLER = "twir.transportProblems";

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(NettyPipeline.HttpTrafficHandler) != null && pipeline.get(HANDLER) == null) {
                pipeline.addBefore(NettyPipeline.HttpTrafficHandler, HANDLER, new BareErrorBodies());
            }
        });
    }

    /** Fills in the body of an empty error response that the transport wrote. */
    static final class BareErrorBodies extends ChannelOutboundHandlerAdapter {

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof FullHttpResponse response
                    && response.status().code() >= 400
                    && response.content().readableBytes() == 0
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
                int status = response.status().code();
                byte[] body = ("{\"type\":\"about:blank\",\"title\":\""
                                + response.status().reasonPhrase() + "\",\"status\":" + status + ",\"detail\":\""
                                + detail(status) + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                FullHttpResponse withBody = response.replace(Unpooled.wrappedBuffer(body));
                response.release();
                withBody.headers()
                        .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
                ctx.write(withBody, promise);
                return;
            }
            super.write(ctx, msg, promise);
        }

        static String detail(int status) {
            return switch (status) {
                case 414 ->
                    "The request line (path and query) is longer than the server accepts (64 KB); send "
                            + "shorter parameters (a search query may have at most 10,000 characters).";
                case 431 -> "The request headers are larger than the server accepts; send fewer or shorter headers.";
                case 413 -> "The request is larger than the server accepts; send less.";
                default -> "The request is not valid HTTP; check the request line, the headers and the encoding.";
            };
        }
    }
}
