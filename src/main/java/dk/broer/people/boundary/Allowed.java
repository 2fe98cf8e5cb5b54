package dk.broer.people.boundary;

import dk.broer.people.entity.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an API operation: callers holding any of these roles. Checked before the body is
 * read or validated. Ownership (this trainer's cohort, this learner's own data) is checked by
 * the operation itself on top of this.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
    Role[] value();
}
