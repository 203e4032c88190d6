package id.dukcapilceria.kk.domain.kartukeluarga;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link KodeWilayah} as its text. */
@Converter
public class KodeWilayahConverter implements AttributeConverter<KodeWilayah, String> {

  @Override
  public String convertToDatabaseColumn(KodeWilayah attribute) {
    return attribute == null ? null : attribute.value();
  }

  @Override
  public KodeWilayah convertToEntityAttribute(String column) {
    return column == null ? null : KodeWilayah.of(column);
  }
}
