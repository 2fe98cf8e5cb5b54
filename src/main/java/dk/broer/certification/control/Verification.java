package dk.broer.certification.control;

import dk.broer.certification.entity.Award;
import dk.broer.platform.control.ApiProblem;
import dk.broer.platform.control.ClientAddress;
import dk.broer.platform.control.FieldError;
import dk.broer.platform.control.ReadableCode;
import dk.broer.platform.control.Throttle;
import dk.broer.platform.control.ThrottleRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * Anyone may check a certificate by its code, without signing in. Only wrong codes count against
 * the address (a hotel's front desk checking twenty genuine certificates is never slowed down);
 * 30 wrong codes in 15 minutes against about 2^48 possible codes makes guessing hopeless.
 */
@ApplicationScoped
public class Verification {

    static final ThrottleRule WRONG_CODES = new ThrottleRule("verify:address", 30, Duration.ofMinutes(15));

    @Inject
    Awards awards;

    @Inject
    Throttle throttle;

    @Inject
    ClientAddress address;

    @Inject
    CertificateCounts counts;

    public Award check(String typed) {
        Throttle.Key key = new Throttle.Key(WRONG_CODES, address.value());
        throttle.check(key);
        var code = ReadableCode.normalise(typed, Awards.CODE_GROUPS, Awards.CODE_SIZE);
        if (code.isEmpty()) {
            throttle.fail(key);
            throw ApiProblem.invalid(FieldError.of("code", "certificate.code.malformed"));
        }
        Award award = awards.byCode(code.get()).orElseThrow(() -> {
            throttle.fail(key);
            return ApiProblem.notFound("certificate.code.unknown", code.get());
        });
        counts.verified();
        return award;
    }
}
