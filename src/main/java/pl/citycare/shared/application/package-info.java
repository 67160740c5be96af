/** What every context's services share: the refusal a page shows beside a field. */
package pl.citycare.shared.application;
