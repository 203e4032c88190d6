package id.dukcapilceria.kk.portal.config;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One setting changed by an administrator; a key without a row has its configured default. */
@Entity
@Table(name = "portal_setting")
public class StoredSetting {

  @Id
  @Column(name = "setting_key", length = 60)
  private String key;

  @Version private long version;

  @Column(name = "setting_value", length = 300, nullable = false)
  private String value;

  protected StoredSetting() {
    // for JPA
  }

  StoredSetting(String key, String value) {
    this.key = key;
    this.value = value;
  }

  public String key() {
    return key;
  }

  public String value() {
    return value;
  }

  void change(String newValue) {
    value = newValue;
  }
}
