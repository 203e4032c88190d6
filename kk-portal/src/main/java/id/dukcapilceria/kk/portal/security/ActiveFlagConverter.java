package id.dukcapilceria.kk.portal.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A yes/no flag in a SMALLINT column (1 or 0), as migration V3 created {@code portal_user.active}:
 * PostgreSQL, unlike Derby, does not take a Java boolean for a number.
 */
@Converter
public class ActiveFlagConverter implements AttributeConverter<Boolean, Integer> {

  @Override
  public Integer convertToDatabaseColumn(Boolean active) {
    return Boolean.TRUE.equals(active) ? 1 : 0;
  }

  @Override
  public Boolean convertToEntityAttribute(Integer stored) {
    return stored != null && stored != 0;
  }
}
