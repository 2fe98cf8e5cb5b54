package dk.broer.people.boundary;

import dk.broer.people.control.Caller;
import dk.broer.people.entity.Role;
import dk.broer.platform.control.ApiProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks every API operation's {@link Allowed} or {@link Public} before anything else runs:
 * anonymous callers get 401, signed-in callers without the role 403. An operation that says
 * neither is closed to everyone (and AccessAnnotationsTest fails the build for it); so are the
 * runtime's own resources (Jersey's OPTIONS and WADL answers).
 */
@Provider
public class Access implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(Access.class.getName());

    /** Who may call one operation: nobody, anybody, or holders of some role. */
    public record Rule(boolean open, Set<Role> roles) {

        static final Rule CLOSED = new Rule(false, Set.of());

        /** The method's own annotation wins over its class's. */
        public static Rule of(Method method, Class<?> resource) {
            return declared(method).or(() -> declared(resource)).orElse(CLOSED);
        }

        private static Optional<Rule> declared(AnnotatedElement element) {
            if (element.isAnnotationPresent(Public.class)) {
                return Optional.of(new Rule(true, Set.of()));
            }
            return Optional.ofNullable(element.getAnnotation(Allowed.class)).map(a -> new Rule(false, Set.of(a.value())));
        }

        public boolean declared() {
            return open || !roles.isEmpty();
        }

        void check(Caller caller) {
            if (open) {
                return;
            }
            if (!caller.signedIn()) {
                throw ApiProblem.unauthorized();
            }
            if (caller.roles().stream().noneMatch(roles::contains)) {
                throw ApiProblem.forbidden();
            }
        }
    }

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        Rule rule = Rule.of(info.getResourceMethod(), info.getResourceClass());
        if (!rule.declared() && info.getResourceClass().getName().startsWith("dk.broer.")) {
            LOG.severe(() -> "No @Allowed or @Public on " + info.getResourceClass().getSimpleName() + "."
                    + info.getResourceMethod().getName() + ": closed to everyone");
        }
        context.register(new Check(rule), Priorities.AUTHORIZATION);
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        private final Rule rule;

        Check(Rule rule) {
            this.rule = rule;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Object caller = request.getProperty(Caller.ATTRIBUTE);
            rule.check(caller instanceof Caller c ? c : Caller.ANONYMOUS);
        }
    }
}
