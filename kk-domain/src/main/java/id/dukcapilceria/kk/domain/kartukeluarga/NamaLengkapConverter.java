package id.dukcapilceria.kk.domain.kartukeluarga;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link NamaLengkap} as its text. */
@Converter
public class NamaLengkapConverter implements AttributeConverter<NamaLengkap, String> {

  @Override
  public String convertToDatabaseColumn(NamaLengkap attribute) {
    return attribute == null ? null : attribute.value();
  }

  @Override
  public NamaLengkap convertToEntityAttribute(String column) {
    return column == null ? null : new NamaLengkap(column);
  }
}
