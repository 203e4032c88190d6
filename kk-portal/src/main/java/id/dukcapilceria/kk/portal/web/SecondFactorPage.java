package id.dukcapilceria.kk.portal.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.dukcapilceria.kk.portal.security.CurrentActor;
import id.dukcapilceria.kk.portal.security.PageAccess;
import id.dukcapilceria.kk.portal.security.PortalArea;
import id.dukcapilceria.kk.portal.security.SecondFactor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The signed-in user's page for the second factor: the authenticator's status, or a new secret as
 * a QR code and as text, confirmed by the app's current code. What is decided is decided by {@link
 * SecondFactor}; the secret stays on the server (in this view) until it is confirmed.
 */
@Named("twoStep")
@ViewScoped
public class SecondFactorPage implements Serializable {

  private static final long serialVersionUID = 1L;
  /** Pixels per QR module: the picture stays sharp on a phone held to the screen. */
  private static final int MODULE_PIXELS = 6;

  @Inject CurrentActor currentActor;
  @Inject PageAccess pageAccess;
  @Inject SecondFactor secondFactor;

  private boolean admitted;
  private SecondFactor.Enrolment enrolment;
  private String code;

  @PostConstruct
  void start() {
    admitted = pageAccess.admitView(PortalArea.AKUN);
    if (admitted && !isEnrolled()) {
      enrolment = secondFactor.newEnrolment(currentActor.get().username());
    }
  }

  public boolean isEnrolled() {
    return admitted && secondFactor.enrolled(currentActor.get().username());
  }

  public boolean isRequired() {
    return admitted && secondFactor.required(currentActor.get().role());
  }

  /** The key in groups of four, as a person types it into the app. */
  public String getSecret() {
    if (enrolment == null) {
      return "";
    }
    return enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
  }

  /** The enrolment link as a PNG QR code in a data URI (the page's policy allows data: images). */
  public String getQrDataUri() {
    if (enrolment == null) {
      return "";
    }
    try {
      BitMatrix modules = new QRCodeWriter().encode(enrolment.uri(), BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
      int size = modules.getWidth() * MODULE_PIXELS;
      BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          image.setRGB(x, y, modules.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? 0x000000 : 0xFFFFFF);
        }
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    } catch (WriterException e) {
      throw new IllegalStateException("An otpauth link always fits a QR code", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stores the authenticator when the typed code is its current one; then to the workspace. */
  public String confirm() {
    if (enrolment == null) {
      return null;
    }
    var refusal = secondFactor.enrol(currentActor.get(), enrolment.secret(), code);
    code = null;
    if (refusal.isPresent()) {
      String text = Texts.get(refusal.get() == SecondFactor.Refusal.WRONG_CODE
          ? "twoStep.wrongCode" : "twoStep.alreadyEnrolled");
      FacesContext.getCurrentInstance().addMessage("enrol:code",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    enrolment = null;
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    UserFeedback.info(Texts.get("twoStep.done"));
    return AccountBean.homeOf(currentActor.get().role()) + "?faces-redirect=true";
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
