package id.dukcapilceria.kk.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordAccessorELResolverTest {

  public record Row(String nomor, int count) {
    public String shout(String suffix) {
      return nomor + suffix;
    }

    public String greeting() {
      return "not an accessor";
    }
  }

  public record Failing(String value) {
    @Override
    public String value() {
      throw new IllegalStateException("broken accessor");
    }
  }

  private record Hidden(String value) {}

  private final RecordAccessorELResolver resolver = new RecordAccessorELResolver();
  private final ELContext context = new ELContext() {
    @Override
    public ELResolver getELResolver() {
      return resolver;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  };

  @Test
  void callsARecordsAccessorAndSaysItResolvedIt() {
    Row row = new Row("PMH-1", 3);
    assertEquals("PMH-1", resolver.invoke(context, row, "nomor", new Class<?>[0], new Object[0]));
    assertTrue(context.isPropertyResolved());
    context.setPropertyResolved(false);
    assertEquals(3, resolver.invoke(context, row, "count", null, null));
    assertTrue(context.isPropertyResolved());
  }

  @Test
  void leavesEverythingElseToTheNextResolver() {
    Row row = new Row("PMH-1", 3);
    assertNull(resolver.invoke(context, row, "shout", new Class<?>[] {String.class}, new Object[] {"!"}));
    assertNull(resolver.invoke(context, row, "greeting", null, null), "a method that is no record component");
    assertNull(resolver.invoke(context, "a string", "length", null, null), "not a record");
    assertNull(resolver.invoke(context, new Hidden("x"), "value", null, null), "a record that is not public");
    assertNull(resolver.invoke(context, null, "nomor", null, null), "no base");
    assertFalse(context.isPropertyResolved());
    assertNull(resolver.getValue(context, row, "nomor"), "property syntax stays with the bean resolver");
    assertFalse(context.isPropertyResolved());
  }

  @Test
  void anAccessorsFailureIsAnElErrorWithItsCause() {
    ELException failed = assertThrows(ELException.class,
        () -> resolver.invoke(context, new Failing("x"), "value", null, null));
    assertSame(IllegalStateException.class, failed.getCause().getClass());
  }
}
