package org.twir.archive.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes the OpenAPI document say what our JSON records promise: the answers are {@code @NullMarked} records
 * serialised with every component, so a component is {@code required} (always sent) unless it is left out when
 * null ({@code @JsonInclude(NON_NULL)}), and may be {@code null} only when it is {@code @Nullable}. Without this,
 * springdoc marks nothing required and nothing nullable, and a client cannot tell a missing field from a null one.
 */
@Component
@SuppressWarnings({"rawtypes", "unchecked"}) // swagger-core's Schema API is raw
class RecordSchemas implements ModelConverter {

    private static final String OUR_PACKAGE = "org.twir.archive.";

    @Override
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (resolved == null || !raw.isRecord() || !raw.getName().startsWith(OUR_PACKAGE)) {
            return resolved;
        }
        Schema model = resolved.get$ref() == null ? resolved : definedModel(context, resolved.get$ref());
        if (model != null && model.getProperties() != null) {
            describe(raw, model);
        }
        return resolved;
    }

    private static @Nullable Schema definedModel(ModelConverterContext context, String ref) {
        Map<String, Schema> models = context.getDefinedModels();
        return models.get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static void describe(Class<?> record, Schema model) {
        Map<String, Schema> properties = model.getProperties();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            if (!omittedWhenNull(component)) {
                required.add(component.getName());
            }
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                properties.put(component.getName(), nullable(property));
            }
        }
        model.setRequired(required.isEmpty() ? null : required);
    }

    private static boolean omittedWhenNull(RecordComponent component) {
        JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
        return include != null && include.value() != JsonInclude.Include.ALWAYS;
    }

    /** OpenAPI 3.1: {@code "type": ["string", "null"]}, or for a reference {@code oneOf: [ref, null]}. */
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            Schema nothing = new Schema();
            nothing.addType("null");
            Schema either = new Schema();
            either.setOneOf(List.of(property, nothing));
            return either;
        }
        if (property.getTypes() == null && property.getType() != null) {
            property.addType(property.getType());
        }
        property.addType("null");
        return property;
    }
}
