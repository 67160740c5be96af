package pl.citycare.procurement.web;

import pl.citycare.platform.export.Table;
import pl.citycare.procurement.application.Budget.FundView;
import pl.citycare.procurement.application.Budget.LineView;
import pl.citycare.procurement.application.Contracts.RegisterRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The programme report and the contract register as tables, in the reader's language: the same figures the
 * page shows (taken from the same views), for the XLSX and CSV exports.
 */
final class ProcurementReports {

    private ProcurementReports() {
    }

    static Table execution(FundView fund, Function<String, String> text) {
        List<List<Object>> rows = new ArrayList<>();
        fund.lines().forEach(l -> rows.add(row(text.apply("procurement.category." + l.category()), l)));
        rows.add(row(text.apply("procurement.contract.total"), fund.total()));
        return new Table(fund.name(), List.of(text.apply("procurement.budget.line"), text.apply("procurement.budget.planned"),
                text.apply("procurement.budget.committed"), text.apply("procurement.budget.invoiced"),
                text.apply("procurement.budget.paid"), text.apply("procurement.budget.remaining")), rows);
    }

    private static List<Object> row(String label, LineView l) {
        return Arrays.asList(label, l.planned().amount(), l.committed().amount(), l.invoiced().amount(), l.paid().amount(),
                l.remaining().amount());
    }

    static Table register(List<RegisterRow> contracts, String buyer, String buyerNip, Function<String, String> text) {
        List<List<Object>> rows = contracts.stream().map(c -> Arrays.<Object>asList(c.number(), c.signedOn(), buyer, buyerNip,
                c.supplierName(), c.supplierNip(), c.subject(), c.net().amount(), c.gross().amount(), c.termUntil(),
                c.fund() + " / " + text.apply("procurement.category." + c.line()),
                text.apply("procurement.legalBasis." + c.legalBasis()), String.join("; ", c.amendments()))).toList();
        return new Table(text.apply("procurement.register.title"), List.of(text.apply("procurement.contract.number"),
                text.apply("procurement.contract.signedOn"), text.apply("procurement.register.buyer"),
                text.apply("procurement.register.buyerNip"), text.apply("procurement.contract.supplier"),
                text.apply("procurement.register.supplierNip"), text.apply("procurement.request.subject"),
                text.apply("procurement.contract.net"), text.apply("procurement.contract.gross"),
                text.apply("procurement.contract.termUntil"), text.apply("procurement.register.funding"),
                text.apply("procurement.request.legalBasis"), text.apply("procurement.register.amendments")), rows);
    }
}
