package id.suara.documents;

import id.suara.shared.web.PageFormat;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedCollection;
import java.util.SequencedMap;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.MethodExecutor;
import org.springframework.expression.TypeLocator;
import org.springframework.expression.spel.support.ReflectiveMethodResolver;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.cache.NonCacheableCacheEntryValidity;
import org.thymeleaf.context.Context;
import org.thymeleaf.engine.IterationStatusVar;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.expression.Aggregates;
import org.thymeleaf.expression.Bools;
import org.thymeleaf.expression.Lists;
import org.thymeleaf.expression.Maps;
import org.thymeleaf.expression.Messages;
import org.thymeleaf.expression.Objects;
import org.thymeleaf.expression.Sets;
import org.thymeleaf.expression.Strings;
import org.thymeleaf.expression.Temporals;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContextWrapper;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templateresource.ClassLoaderTemplateResource;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * Runs a template an institution's administrator wrote (ADR 0029). An administrator is not a system operator, so the
 * template runs in its own Thymeleaf engine where an expression reaches only the document's variables and what they
 * return, Thymeleaf's text and list helpers and {@code @pageFormat}: no other bean, no type ({@code T(…)}), no
 * {@code new}, no static method, nothing of {@code java.lang.Class} or reflection; and a template includes nothing but
 * fragments of the shipped {@code documents/layout}. Parsed templates are cached by version id: a stored version never
 * changes, so its parse is good for as long as it is kept.
 */
@Component
class TemplateSandbox {

    /** The shipped fragments a template may include. */
    static final String LAYOUT = "documents/layout";

    private static final String STORED = "stored:";
    private static final String DRAFT = "draft:";

    private final SpringTemplateEngine engine;
    private final PageFormat pageFormat;
    private final TemplateVersions versions;
    /** Texts being checked or previewed, by their one-off name, while they are rendered. */
    private final Map<String, String> drafts = new ConcurrentHashMap<>();

    TemplateSandbox(MessageSource messages, PageFormat pageFormat, TemplateVersions versions) {
        this.pageFormat = pageFormat;
        this.versions = versions;
        this.engine = new SpringTemplateEngine();
        this.engine.setTemplateEngineMessageSource(messages);
        this.engine.setTemplateResolver(new Resolver());
        this.engine.setEnableSpringELCompiler(false);
    }

    /** The HTML of a stored version of an institution's template. */
    String processStored(UUID versionId, Map<String, Object> variables) {
        return process(STORED + versionId, variables);
    }

    /** The HTML of a text not stored (yet): checked before saving, or previewed. */
    String processDraft(String body, Map<String, Object> variables) {
        var name = DRAFT + UUID.randomUUID();
        drafts.put(name, body);
        try {
            return process(name, variables);
        } finally {
            drafts.remove(name);
        }
    }

    private String process(String name, Map<String, Object> variables) {
        var readers = LocaleContextHolder.getLocaleContext();
        try {
            LocaleContextHolder.setLocale(PdfRenderer.INDONESIAN);
            var context = new Context(PdfRenderer.INDONESIAN, variables);
            context.setVariable(
                    ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContextWrapper(evaluationContext()));
            return engine.process(new TemplateSpec(name, TemplateMode.HTML), context);
        } finally {
            LocaleContextHolder.setLocaleContext(readers);
        }
    }

    /** A fresh context for one rendering (Spring's evaluation contexts are not thread-safe). */
    private EvaluationContext evaluationContext() {
        var context = new StandardEvaluationContext();
        context.setBeanResolver(this::bean);
        context.setTypeLocator(NO_TYPES);
        context.setConstructorResolvers(List.of((ignored, type, arguments) -> {
            throw new RefusedType(type);
        }));
        context.setMethodResolvers(List.of(new Methods(pageFormat)));
        context.setPropertyAccessors(List.of(new Properties(pageFormat)));
        return context;
    }

    // ---------------------------------------------------------------------------------------------------- refusals

    /** What a template tried that the sandbox does not allow: {@code code} says what, {@code subject} names it. */
    interface Violation {
        String code();

        String subject();
    }

    /** A refusal while an expression is resolved (a bean, a method, a property). */
    static final class RefusedAccess extends AccessException implements Violation {
        private final String code;
        private final String subject;

        RefusedAccess(String code, String subject, String message) {
            super(message);
            this.code = code;
            this.subject = subject;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String subject() {
            return subject;
        }
    }

    /** A type reference ({@code T(…)} or {@code new …}), refused whatever the type. */
    static final class RefusedType extends EvaluationException implements Violation {
        private final String subject;

        RefusedType(String subject) {
            super("Types are not available in document templates (T(" + subject + "), new " + subject + ")");
            this.subject = subject;
        }

        @Override
        public String code() {
            return "type";
        }

        @Override
        public String subject() {
            return subject;
        }
    }

    /** An include of anything but the shipped layout's fragments. */
    static final class RefusedTemplate extends TemplateInputException implements Violation {
        private final String subject;

        RefusedTemplate(String subject) {
            super("Document templates include only fragments of " + LAYOUT + ", not " + subject);
            this.subject = subject;
        }

        @Override
        public String code() {
            return "include";
        }

        @Override
        public String subject() {
            return subject;
        }
    }

    private static final TypeLocator NO_TYPES = name -> {
        throw new RefusedType(name);
    };

    /** The one bean a template may use: {@code @pageFormat}, for dates as the pages write them. */
    private Object bean(EvaluationContext context, String name) throws AccessException {
        if ("pageFormat".equals(name)) {
            return pageFormat;
        }
        throw new RefusedAccess("bean", name, "Only @pageFormat is available in document templates, not @" + name);
    }

    // ------------------------------------------------------------------------------------------------- what is allowed

    /** Thymeleaf's helpers a template may call (#strings, #lists, …); not #conversions, #ctx, #execInfo, #uris, … */
    private static final Set<Class<?>> HELPERS = Set.of(
            Strings.class,
            Lists.class,
            Sets.class,
            Maps.class,
            org.thymeleaf.expression.Arrays.class,
            Bools.class,
            Objects.class,
            Aggregates.class,
            Temporals.class,
            Messages.class);

    /**
     * Methods no template calls, whatever the object: reflection, threads, and texts or sequences of any length built
     * from a number the template chooses.
     */
    private static final Set<String> FORBIDDEN_METHODS = Set.of(
            "getClass",
            "getDeclaringClass",
            "getClassLoader",
            "getModule",
            "wait",
            "notify",
            "notifyAll",
            "repeat",
            "sequence",
            "randomAlphanumeric",
            "indent",
            "formatted",
            "matches",
            "replaceAll",
            "replaceFirst",
            "ensureCapacity");

    /** A collection's methods a template may call: those its interfaces declare (not an implementation's extras). */
    private static final List<Class<?>> COLLECTION_INTERFACES = List.of(
            Iterable.class,
            Collection.class,
            SequencedCollection.class,
            List.class,
            Set.class,
            Map.class,
            SequencedMap.class,
            Map.Entry.class,
            Iterator.class);

    /** What {@code @pageFormat} offers a template: its own formatting methods, nothing a proxy or a superclass adds. */
    private static final Set<String> PAGE_FORMAT_METHODS = Arrays.stream(PageFormat.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
            .map(Method::getName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether a template may call methods of {@code target}: the document's data (texts, numbers, dates and zones,
     * collections, enums, Suara's records), Thymeleaf's text and list helpers, and {@code @pageFormat}.
     */
    static boolean allowed(Object target, PageFormat pageFormat) {
        if (target == pageFormat || target instanceof IterationStatusVar) {
            return true;
        }
        var type = target.getClass();
        if (HELPERS.contains(type)) {
            return true;
        }
        var packageName = type.getPackageName();
        if (packageName.startsWith("org.thymeleaf") || packageName.startsWith("org.springframework")) {
            return false;
        }
        return target instanceof String
                || target instanceof Number
                || target instanceof Boolean
                || target instanceof Character
                || target instanceof Collection<?>
                || target instanceof Map<?, ?>
                || target instanceof Map.Entry<?, ?>
                || target instanceof Iterator<?>
                || target instanceof Optional<?>
                || target instanceof Enum<?>
                || target instanceof TemporalAccessor
                || target instanceof ZoneId
                || target instanceof UUID
                || target instanceof Locale
                || (type.isRecord() && packageName.startsWith("id.suara."));
    }

    private static boolean isCollection(Object target) {
        return target instanceof Collection<?>
                || target instanceof Map<?, ?>
                || target instanceof Map.Entry<?, ?>
                || target instanceof Iterator<?>;
    }

    private static boolean forbiddenResult(Class<?> type) {
        return type == Class.class
                || ClassLoader.class.isAssignableFrom(type)
                || type == Module.class
                || Thread.class.isAssignableFrom(type)
                || type.getPackageName().startsWith("java.lang.reflect")
                || type.getPackageName().startsWith("java.lang.invoke");
    }

    /** Method calls: on allowed objects only, no static method, nothing that hands out reflection. */
    static final class Methods extends ReflectiveMethodResolver {

        private final PageFormat pageFormat;

        Methods(PageFormat pageFormat) {
            this.pageFormat = pageFormat;
        }

        @Override
        public MethodExecutor resolve(
                EvaluationContext context, Object target, String name, List<TypeDescriptor> argumentTypes)
                throws AccessException {
            if (target instanceof Class<?> type) {
                throw new RefusedAccess(
                        "static",
                        type.getSimpleName() + "." + name,
                        "Static methods are not available in document templates");
            }
            if (FORBIDDEN_METHODS.contains(name)) {
                throw new RefusedAccess(
                        "method", name, "The method " + name + "() is not available in document templates");
            }
            if (!allowed(target, pageFormat)) {
                throw new RefusedAccess(
                        "object",
                        target.getClass().getSimpleName(),
                        "Methods of " + target.getClass().getSimpleName() + " are not available in document templates");
            }
            if (target == pageFormat && !PAGE_FORMAT_METHODS.contains(name)) {
                throw new RefusedAccess(
                        "method", name, "The method " + name + "() is not available in document templates");
            }
            if (isCollection(target) && !declaredByACollectionInterface(name)) {
                throw new RefusedAccess(
                        "method", name, "The method " + name + "() is not available in document templates");
            }
            return super.resolve(context, target, name, argumentTypes);
        }

        @Override
        protected boolean isCandidateForInvocation(Method method, Class<?> targetClass) {
            return !Modifier.isStatic(method.getModifiers())
                    && !forbiddenResult(method.getReturnType())
                    && super.isCandidateForInvocation(method, targetClass);
        }

        private static boolean declaredByACollectionInterface(String name) {
            return COLLECTION_INTERFACES.stream()
                    .anyMatch(i -> Arrays.stream(i.getDeclaredMethods())
                            .anyMatch(m -> m.getName().equals(name)));
        }
    }

    /** Property reads ({@code a.b}): of allowed objects and arrays' lengths only; never written, never {@code class}. */
    static final class Properties extends ReflectivePropertyAccessor {

        private final PageFormat pageFormat;

        Properties(PageFormat pageFormat) {
            super(false);
            this.pageFormat = pageFormat;
        }

        @Override
        public boolean canRead(EvaluationContext context, Object target, String name) throws AccessException {
            if (target == null) {
                return false;
            }
            if ("class".equals(name) || target instanceof Class<?>) {
                throw new RefusedAccess(
                        "property", name, "The property " + name + " is not available in document templates");
            }
            if (target.getClass().getPackageName().startsWith("org.thymeleaf")
                    && !(target instanceof IterationStatusVar)) {
                return false; // Thymeleaf's own objects: the variables are read by its accessors, nothing else
            }
            if (!target.getClass().isArray() && !allowed(target, pageFormat)) {
                throw new RefusedAccess(
                        "object",
                        target.getClass().getSimpleName(),
                        "Properties of " + target.getClass().getSimpleName()
                                + " are not available in document templates");
            }
            return super.canRead(context, target, name);
        }

        @Override
        protected Method findGetterForProperty(String propertyName, Class<?> clazz, boolean mustBeStatic) {
            var getter = super.findGetterForProperty(propertyName, clazz, mustBeStatic);
            return getter == null || Modifier.isStatic(getter.getModifiers()) || forbiddenResult(getter.getReturnType())
                    ? null
                    : getter;
        }

        @Override
        protected java.lang.reflect.Field findField(String name, Class<?> clazz, boolean mustBeStatic) {
            var field = super.findField(name, clazz, mustBeStatic);
            return field == null || Modifier.isStatic(field.getModifiers()) || forbiddenResult(field.getType())
                    ? null
                    : field;
        }
    }

    // ---------------------------------------------------------------------------------------------------- templates

    /**
     * Resolves only what a sandboxed rendering may read: the template asked for (a stored version or a draft, never from
     * inside another template) and the shipped layout's fragments. Anything else — a file, another institution's version,
     * another shipped page — is refused.
     */
    private final class Resolver implements ITemplateResolver {

        @Override
        public String getName() {
            return "document-template-sandbox";
        }

        @Override
        public Integer getOrder() {
            return 0;
        }

        @Override
        public TemplateResolution resolveTemplate(
                IEngineConfiguration configuration,
                String ownerTemplate,
                String template,
                Map<String, Object> templateResolutionAttributes) {
            if (LAYOUT.equals(template)) {
                return new TemplateResolution(
                        new ClassLoaderTemplateResource(
                                TemplateSandbox.class.getClassLoader(), "templates/" + LAYOUT + ".html", "UTF-8"),
                        TemplateMode.HTML,
                        AlwaysValidCacheEntryValidity.INSTANCE);
            }
            // the template itself is resolved again for its own fragments (~{::name})
            boolean itself = ownerTemplate == null || ownerTemplate.equals(template);
            if (itself && template.startsWith(STORED)) {
                var text = versions.body(UUID.fromString(template.substring(STORED.length())))
                        .orElseThrow(() -> new RefusedTemplate(template));
                return new TemplateResolution(
                        new Text(template, text), TemplateMode.HTML, AlwaysValidCacheEntryValidity.INSTANCE);
            }
            if (itself && drafts.containsKey(template)) {
                return new TemplateResolution(
                        new Text(template, drafts.get(template)),
                        TemplateMode.HTML,
                        NonCacheableCacheEntryValidity.INSTANCE);
            }
            throw new RefusedTemplate(template);
        }
    }

    /** A template's text under its name (Thymeleaf's messages name the resource; the text itself would be too long). */
    private record Text(String name, String text) implements ITemplateResource {

        @Override
        public String getDescription() {
            return name;
        }

        @Override
        public String getBaseName() {
            return name;
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public java.io.Reader reader() {
            return new java.io.StringReader(text);
        }

        @Override
        public ITemplateResource relative(String relativeLocation) {
            throw new RefusedTemplate(relativeLocation);
        }
    }
}
