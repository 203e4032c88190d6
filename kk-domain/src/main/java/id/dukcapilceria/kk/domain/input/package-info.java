/**
 * KK data as someone gave it, before the domain has accepted it: the one shape in which the intake
 * form, the REST API, saved drafts and any import hand a card to the domain ({@link KkInput}), and
 * the one place that turns it into a {@code KartuKeluarga}, collecting every refusal with the path
 * of the field it concerns. The paths are the input's own field names ({@code members[2].nik},
 * {@code members[0].namaAyah}); {@link KkInput#pathOf} names the validator's violations the same way.
 */
package id.dukcapilceria.kk.domain.input;
