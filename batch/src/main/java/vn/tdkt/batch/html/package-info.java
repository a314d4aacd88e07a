/**
 * The HTML report of a batch as its templates see it: the view model ({@link vn.tdkt.batch.html.ReportPage}, the
 * page; {@link vn.tdkt.batch.html.PlanParts}, one plan's row and findings), the words and classes the templates
 * show for severities and verdicts ({@link vn.tdkt.batch.html.Labels}), and the precompiled templates
 * ({@link vn.tdkt.batch.html.ReportTemplates}). The templates ({@code batch/src/main/jte}) are compiled to Java by the
 * build into this package; the CSS is a resource beside them. {@link vn.tdkt.batch.HtmlReportSink} fills the model
 * from a batch's results; the model holds texts and counts, never markup: the templates write every tag and escape
 * every text.
 */
package vn.tdkt.batch.html;
