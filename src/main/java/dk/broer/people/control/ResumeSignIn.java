package dk.broer.people.control;

import dk.broer.people.entity.Learner;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.ClientAddress;
import dk.broer.platform.control.Throttle;
import dk.broer.platform.control.ThrottleRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.Optional;

/** A learner signs in on another device with their resume code. Wrong codes are throttled per address. */
@ApplicationScoped
public class ResumeSignIn {

    /** 10 wrong codes per address in 15 minutes; see ResumeCode for what that leaves a guesser. */
    static final ThrottleRule WRONG_CODES = new ThrottleRule("resume:address", 10, Duration.ofMinutes(15));

    @Inject
    Learners learners;

    @Inject
    Throttle throttle;

    @Inject
    ClientAddress address;

    @Transactional
    public Sessions.Started resume(String typed) {
        Throttle.Key key = new Throttle.Key(WRONG_CODES, address.value());
        throttle.check(key);
        Optional<Learner> learner = learners.byResumeCode(typed);
        if (learner.isEmpty()) {
            throttle.fail(key);
            throw ApiProblem.of(404, "resume.unknown").titled("resume.unknownTitle");
        }
        return learners.signIn(learner.get());
    }
}
