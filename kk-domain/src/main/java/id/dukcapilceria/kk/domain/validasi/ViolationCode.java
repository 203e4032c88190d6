package id.dukcapilceria.kk.domain.validasi;

import id.dukcapilceria.kk.domain.validasi.Violation.Severity;

/**
 * Every rule {@link KartuKeluargaValidator} can report, with its stable code (the message key in
 * the domain bundle, and what other systems may rely on) and its severity.
 */
public enum ViolationCode {
  KK_NO_HEAD("kk.noHead", Severity.ERROR),
  KK_MANY_HEADS("kk.manyHeads", Severity.ERROR),
  KK_DUPLICATE_NIK("kk.duplicateNik", Severity.ERROR),
  MEMBER_BIRTH_IN_FUTURE("member.birthInFuture", Severity.ERROR),
  MEMBER_BIRTH_TOO_EARLY("member.birthTooEarly", Severity.ERROR),
  MEMBER_NOT_LIVING("member.notLiving", Severity.ERROR),
  WNA_NO_PASPOR("wna.noPaspor", Severity.ERROR),
  WNA_NO_KITAS_KITAP("wna.noKitasKitap", Severity.ERROR),
  NIK_PROVINCE_UNKNOWN("nik.provinceUnknown", Severity.ERROR),
  NIK_KECAMATAN_UNKNOWN("nik.kecamatanUnknown", Severity.WARNING),
  NIK_BIRTH_DATE_MISMATCH("nik.birthDateMismatch", Severity.WARNING),
  NIK_SEX_MISMATCH("nik.sexMismatch", Severity.WARNING),
  PERKAWINAN_NO_DATE("perkawinan.noDate", Severity.ERROR),
  PERKAWINAN_NO_CERTIFICATE("perkawinan.noCertificate", Severity.ERROR),
  PERCERAIAN_NO_CERTIFICATE("perceraian.noCertificate", Severity.ERROR),
  PERKAWINAN_UNMARRIED_WITH_MARRIAGE("perkawinan.unmarriedWithMarriage", Severity.ERROR),
  PERKAWINAN_DATE_IN_FUTURE("perkawinan.dateInFuture", Severity.ERROR),
  PERKAWINAN_BEFORE_BIRTH("perkawinan.beforeBirth", Severity.ERROR),
  PERKAWINAN_UNDER_AGE("perkawinan.underAge", Severity.WARNING),
  PERCERAIAN_BEFORE_MARRIAGE("perceraian.beforeMarriage", Severity.ERROR),
  AGE_EDUCATION("age.education", Severity.WARNING),
  AGE_OCCUPATION("age.occupation", Severity.WARNING),
  SPOUSE_NOT_MARRIED("spouse.notMarried", Severity.ERROR),
  SPOUSE_SEX("spouse.sex", Severity.ERROR),
  SPOUSE_HEAD_NOT_MARRIED("spouse.headNotMarried", Severity.ERROR),
  SPOUSE_SAME_SEX_AS_HEAD("spouse.sameSexAsHead", Severity.ERROR),
  PERKAWINAN_BEFORE_SPOUSE_BIRTH("perkawinan.beforeSpouseBirth", Severity.ERROR),
  AGE_CHILD_OLDER_THAN_PARENT("age.childOlderThanParent", Severity.WARNING),
  AGE_PARENT_TOO_YOUNG("age.parentTooYoung", Severity.WARNING),
  LAYANAN_PISAH_HEAD_TOO_YOUNG("layanan.pisahHeadTooYoung", Severity.ERROR),
  LAYANAN_HEAD_YOUNG("layanan.headYoung", Severity.WARNING),
  LAYANAN_NEW_FAMILY_HEAD_NOT_MARRIED("layanan.newFamilyHeadNotMarried", Severity.ERROR),
  LAYANAN_BIRTH_NO_NEWBORN("layanan.birthNoNewborn", Severity.WARNING),
  NAMA_SINGLE_WORD("nama.singleWord", Severity.WARNING),
  NAMA_PUNCTUATION("nama.punctuation", Severity.WARNING),
  NAMA_WATCHED_WORD("nama.watchedWord", Severity.WARNING),
  ALAMAT_NO_KODE_POS("alamat.noKodePos", Severity.ERROR),
  ALAMAT_KODE_POS_UNEXPECTED("alamat.kodePosUnexpected", Severity.WARNING),
  LAYANAN_DIVORCE_HEAD_NOT_DIVORCED("layanan.divorceHeadNotDivorced", Severity.ERROR),
  LAYANAN_FOREIGNER_HEAD_NOT_WNA("layanan.foreignerHeadNotWna", Severity.ERROR),
  LAYANAN_CITIZEN_HEAD_NOT_WNI("layanan.citizenHeadNotWni", Severity.ERROR);

  private final String code;
  private final Severity severity;

  ViolationCode(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  public String code() {
    return code;
  }

  public Severity severity() {
    return severity;
  }

  /** The constant for a stable code. */
  public static ViolationCode of(String code) {
    for (ViolationCode value : values()) {
      if (value.code.equals(code)) {
        return value;
      }
    }
    throw new IllegalArgumentException("No violation has the code " + code);
  }
}
