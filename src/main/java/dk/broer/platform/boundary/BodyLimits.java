package dk.broer.platform.boundary;

import dk.broer.platform.control.ApiProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Caps every request body: 64 KiB unless an operation says otherwise with {@link BodyLimit}.
 * A declared Content-Length over the cap is refused before a byte is read; a body that
 * arrives without one is cut off at the cap. Either way the answer is a localised 413.
 * Runs after the authorisation check, so a caller without the right is refused first.
 */
@Provider
public class BodyLimits implements DynamicFeature {

    public static final int DEFAULT_KIBIBYTES = 64;

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        int kibibytes = Optional.ofNullable(info.getResourceMethod().getAnnotation(BodyLimit.class))
                .map(BodyLimit::kibibytes).orElse(DEFAULT_KIBIBYTES);
        context.register(new Cap(kibibytes * 1024L), Priorities.AUTHORIZATION + 100);
    }

    /** Thrown while reading a body that turns out longer than its cap; the problem mapper makes it a 413. */
    public static final class TooLarge extends IOException {
        private final long limit;

        TooLarge(long limit) {
            super("Request body over " + limit + " bytes");
            this.limit = limit;
        }

        public ApiProblem problem() {
            return tooLarge(limit);
        }
    }

    static ApiProblem tooLarge(long limit) {
        return ApiProblem.of(413, "problem.413.detail", Math.max(1, limit / 1024));
    }

    @Priority(Priorities.AUTHORIZATION + 100)
    static final class Cap implements ContainerRequestFilter {
        private final long limit;

        Cap(long limit) {
            this.limit = limit;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getLength() > limit) {
                throw tooLarge(limit);
            }
            if (request.hasEntity()) {
                request.setEntityStream(new Counted(request.getEntityStream(), limit));
            }
        }
    }

    private static final class Counted extends FilterInputStream {
        private final long limit;
        private long read;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }
    }
}
