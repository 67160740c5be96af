package pl.citycare.procurement.domain.request;

import pl.citycare.shared.domain.money.Money;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Podział zamówienia: purchases of one CPV group in one year, each made "below the national
 * threshold", whose sum reaches it. Such a group is a candidate, not a finding: someone has to look
 * at whether they really were one need. Where the threshold changed within the year, the lowest one
 * counts, so that nothing slips through at the change.
 */
public final class SplitOrders {

    /** A below-threshold request still in play, with the national threshold valid on its start date. */
    public record Candidate(long requestId, Cpv cpv, LocalDate startDate, Money net, Money nationalThreshold) {
    }

    /** Requests of one CPV group and year that together reach the threshold. */
    public record Group(String cpvGroup, int year, List<Long> requestIds, Money total, Money threshold) {
    }

    private SplitOrders() {
    }

    public static List<Group> find(List<Candidate> candidates) {
        Map<String, List<Candidate>> byGroupAndYear = candidates.stream().collect(Collectors.groupingBy(
                c -> c.cpv().group() + "/" + c.startDate().getYear(), TreeMap::new, Collectors.toList()));
        return byGroupAndYear.values().stream().filter(group -> group.size() > 1).map(SplitOrders::group)
                .filter(group -> !group.total().isLessThan(group.threshold())).toList();
    }

    private static Group group(List<Candidate> members) {
        Money total = members.stream().map(Candidate::net).reduce(Money.zero(Money.PLN), Money::plus);
        Money lowest = members.stream().map(Candidate::nationalThreshold)
                .min(Comparator.comparing(Money::amount)).orElseThrow();
        Candidate first = members.get(0);
        return new Group(first.cpv().group(), first.startDate().getYear(),
                members.stream().map(Candidate::requestId).sorted().toList(), total, lowest);
    }
}
