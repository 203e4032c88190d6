package id.dukcapilceria.kk.portal.schema;

import id.dukcapilceria.kk.portal.draft.DraftContent;
import id.dukcapilceria.kk.portal.draft.DraftJson;
import id.dukcapilceria.kk.portal.draft.legacy.SerializedDrafts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drafts saved as Java serialization of the intake page's objects become JSON ({@link DraftJson}),
 * in the migration's transaction: a draft of the old shape opens after the change, and no stored
 * draft names a page class any more. A row that is not a draft of that shape is left as it is; the
 * operator who opens it is told it cannot be opened, as before.
 */
public class V13__DraftsAsJson extends BaseJavaMigration {

  private static final Logger LOG = Logger.getLogger(V13__DraftsAsJson.class.getName());

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    Map<Long, byte[]> converted = new LinkedHashMap<>();
    int unreadable = 0;
    try (PreparedStatement select = connection.prepareStatement("SELECT id, content FROM intake_draft");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        byte[] content = rows.getBytes(2);
        if (!SerializedDrafts.isSerialized(content)) {
          continue;
        }
        Optional<DraftContent> draft = SerializedDrafts.read(content);
        if (draft.isPresent()) {
          converted.put(rows.getLong(1), DraftJson.write(draft.get()));
        } else {
          unreadable++;
        }
      }
    }
    try (PreparedStatement update = connection.prepareStatement("UPDATE intake_draft SET content = ? WHERE id = ?")) {
      for (Map.Entry<Long, byte[]> draft : converted.entrySet()) {
        update.setBytes(1, draft.getValue());
        update.setLong(2, draft.getKey());
        update.executeUpdate();
      }
    }
    int left = unreadable;
    LOG.info(() -> "Drafts converted to JSON: " + converted.size() + (left == 0 ? "" : "; not drafts of the old shape, left as they are: " + left));
  }
}
