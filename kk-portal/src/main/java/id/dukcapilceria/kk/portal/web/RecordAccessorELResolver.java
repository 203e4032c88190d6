package id.dukcapilceria.kk.portal.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Calls a record's accessor in a page ({@code #{row.nomor()}}) from accessors looked up once per
 * record type. The pages show records ({@link PermohonanView} and its rows), and Jakarta EL 5's
 * bean resolver looks the method up again, through all the type's public methods, at every call:
 * about 7 % of the server's time for the operator's pages (docs/performance.md). Anything else
 * (other objects, calls with arguments, a name that is no accessor, a record that is not public)
 * is left to the next resolver, as before.
 *
 * <p>Registered in {@code faces-config.xml}; Jakarta EL 6 brings its own record resolver.
 */
public final class RecordAccessorELResolver extends ELResolver {

  private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
        return Map.of(); // the bean resolver finds a way to call it, or says why not
      }
      Map<String, Method> accessors = new HashMap<>();
      for (RecordComponent component : type.getRecordComponents()) {
        accessors.put(component.getName(), component.getAccessor());
      }
      return Map.copyOf(accessors);
    }
  };

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || method == null || (params != null && params.length > 0)) {
      return null;
    }
    Method accessor = ACCESSORS.get(base.getClass()).get(method.toString());
    if (accessor == null) {
      return null;
    }
    Object value;
    try {
      value = accessor.invoke(base);
    } catch (IllegalAccessException notOurs) {
      return null; // left to the bean resolver
    } catch (InvocationTargetException failed) {
      throw new ELException(failed.getCause());
    }
    context.setPropertyResolved(base, method);
    return value;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // not resolved here
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
