package tongxing.monitoring.feeds;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tongxing.platform.imports.Imports;

import java.time.Clock;

/** One import kind per feed, each with its own template. */
@Configuration(proxyBeanMethods = false)
class FeedImports {

    @Bean
    FeedImport socialInsuranceImport(FeedLoader loader, FeedChecks checks, ObjectProvider<Imports> imports, ObjectProvider<Clock> clock) {
        return new FeedImport(Feed.SOCIAL_INSURANCE, loader, checks, imports, clock(clock));
    }

    @Bean
    FeedImport employmentFilingImport(FeedLoader loader, FeedChecks checks, ObjectProvider<Imports> imports, ObjectProvider<Clock> clock) {
        return new FeedImport(Feed.EMPLOYMENT_FILING, loader, checks, imports, clock(clock));
    }

    @Bean
    FeedImport unemploymentImport(FeedLoader loader, FeedChecks checks, ObjectProvider<Imports> imports, ObjectProvider<Clock> clock) {
        return new FeedImport(Feed.UNEMPLOYMENT, loader, checks, imports, clock(clock));
    }

    @Bean
    FeedImport disputeImport(FeedLoader loader, FeedChecks checks, ObjectProvider<Imports> imports, ObjectProvider<Clock> clock) {
        return new FeedImport(Feed.DISPUTE, loader, checks, imports, clock(clock));
    }

    @Bean
    FeedImport complaintImport(FeedLoader loader, FeedChecks checks, ObjectProvider<Imports> imports, ObjectProvider<Clock> clock) {
        return new FeedImport(Feed.COMPLAINT, loader, checks, imports, clock(clock));
    }

    private static Clock clock(ObjectProvider<Clock> clock) {
        return clock.getIfAvailable(Clock::systemDefaultZone);
    }
}
