package org.earshot.testing;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.naming.Context;
import javax.naming.OperationNotSupportedException;
import javax.naming.spi.InitialContextFactory;
import org.earshot.query.Paging;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.cfg.Configuration;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * Hibernate over the demo's embedded database with every entity of the application, as the server runs it: the
 * schema made by the migrations (the application's own hook finds the database through JNDI, answered here) and
 * checked against the entities. For statements whose SQL Hibernate writes (JPQL), so that a test runs what H2 is sent.
 */
public final class EmbeddedJpa implements AutoCloseable {

    private static JdbcDataSource looked;

    private final EntityManagerFactory factory;

    private EmbeddedJpa(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public static synchronized EmbeddedJpa on(JdbcDataSource h2) {
        Configuration configuration = new Configuration();
        entities().forEach(configuration::addAnnotatedClass);
        configuration.getProperties().put("hibernate.connection.datasource", h2);
        configuration.setProperty("hibernate.hbm2ddl.auto", "validate");
        configuration.setProperty("hibernate.jdbc.time_zone", "UTC");
        // As WildFly runs JPA: JPQL as the specification has it (no derived tables, no LIMIT).
        configuration.setProperty("hibernate.jpa.compliance.query", "true");
        // The JSON-B provider of the tests looks for CDI, which a unit test has not started; no entity maps JSON.
        configuration.setProperty("hibernate.type.json_format_mapper", NoJson.class.getName());
        String before = System.getProperty(Context.INITIAL_CONTEXT_FACTORY);
        looked = h2;
        System.setProperty(Context.INITIAL_CONTEXT_FACTORY, Naming.class.getName());
        try {
            return new EmbeddedJpa(configuration.buildSessionFactory());
        } finally {
            if (before == null) {
                System.clearProperty(Context.INITIAL_CONTEXT_FACTORY);
            } else {
                System.setProperty(Context.INITIAL_CONTEXT_FACTORY, before);
            }
        }
    }

    /** Work in one transaction, rolled back afterwards. */
    public void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }

    private static Stream<Class<?>> entities() {
        try {
            Path classes = Path.of(Paging.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes)) {
                return files.filter(file -> file.toString().endsWith(".class"))
                        .map(file -> classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", ""))
                        .map(EmbeddedJpa::load).filter(type -> type != null && type.isAnnotationPresent(Entity.class)).toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EmbeddedJpa.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null; // a class of the server's APIs the tests do not have; no entity
        }
    }

    /** Hibernate's JSON mapping, which no entity uses. */
    public static final class NoJson implements FormatMapper {

        @Override
        public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException("no entity maps JSON");
        }

        @Override
        public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException("no entity maps JSON");
        }
    }

    /** The JNDI of the server, reduced to the one data source the migrations look up. */
    public static final class Naming implements InitialContextFactory {

        @Override
        public Context getInitialContext(Hashtable<?, ?> environment) {
            return (Context) Proxy.newProxyInstance(Naming.class.getClassLoader(), new Class<?>[] {Context.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "lookup":
                        return looked;
                    case "close":
                        return null;
                    default:
                        throw new OperationNotSupportedException(method.getName());
                }
            });
        }
    }
}
