package id.dukcapilceria.kk.domain.kartukeluarga;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Nik} as its digits. */
@Converter
public class NikConverter implements AttributeConverter<Nik, String> {

  @Override
  public String convertToDatabaseColumn(Nik attribute) {
    return attribute == null ? null : attribute.value();
  }

  @Override
  public Nik convertToEntityAttribute(String column) {
    return column == null ? null : Nik.of(column);
  }
}
