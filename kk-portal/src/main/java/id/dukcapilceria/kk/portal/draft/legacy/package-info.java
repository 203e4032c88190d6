/**
 * The shape in which drafts were saved before they were JSON: Java serialization of the intake
 * page's {@code web.KkForm} inside {@code web.nagari.NagariWorkspace.DraftContent}. These classes
 * repeat that shape, field for field and with the same simple names (Java's serialization compares
 * them), so the schema migration {@code V13__DraftsAsJson} reads such a draft without the page
 * classes, which are free to change. Used by nothing else; they can go once no database holds a
 * draft of that age.
 */
package id.dukcapilceria.kk.portal.draft.legacy;
