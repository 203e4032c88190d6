package id.dukcapilceria.kk.domain.kartukeluarga;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link NomorKk} as its digits. */
@Converter
public class NomorKkConverter implements AttributeConverter<NomorKk, String> {

  @Override
  public String convertToDatabaseColumn(NomorKk attribute) {
    return attribute == null ? null : attribute.value();
  }

  @Override
  public NomorKk convertToEntityAttribute(String column) {
    return column == null ? null : NomorKk.of(column);
  }
}
