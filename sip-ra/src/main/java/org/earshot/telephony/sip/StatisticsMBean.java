package org.earshot.telephony.sip;

import java.lang.management.ManagementFactory;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.AttributeNotFoundException;
import javax.management.DynamicMBean;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * {@link SipStatistics} as a JMX MBean, {@code org.earshot:type=SipServer,name=<stack name>}: one
 * read-only attribute per count, read fresh on every access. The platform MBean server is where
 * WildFly's JMX (jconsole over the management port, JMX exporters) finds it; the attributes follow
 * the record, so a new count needs no change here.
 */
final class StatisticsMBean implements DynamicMBean {

    private static final Logger LOG = Logger.getLogger(StatisticsMBean.class.getName());
    private static final RecordComponent[] COUNTS = SipStatistics.class.getRecordComponents();

    private final Supplier<SipStatistics> statistics;
    private final ObjectName name;

    private StatisticsMBean(Supplier<SipStatistics> statistics, ObjectName name) {
        this.statistics = statistics;
        this.name = name;
    }

    /** Registers the statistics of the named server; the returned handle unregisters them. */
    static AutoCloseable register(String stackName, Supplier<SipStatistics> statistics) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            StatisticsMBean bean = new StatisticsMBean(statistics, objectName(stackName));
            server.registerMBean(bean, bean.name);
            return () -> server.unregisterMBean(bean.name);
        } catch (JMException e) {
            LOG.log(Level.WARNING, "SIP statistics not registered with JMX", e);
            return () -> { };
        }
    }

    static ObjectName objectName(String stackName) throws JMException {
        return new ObjectName("org.earshot:type=SipServer,name=" + ObjectName.quote(stackName));
    }

    @Override
    public Object getAttribute(String attribute) throws AttributeNotFoundException {
        SipStatistics now = statistics.get();
        for (RecordComponent count : COUNTS) {
            if (count.getName().equals(attribute)) {
                return valueOf(count, now);
            }
        }
        throw new AttributeNotFoundException(attribute);
    }

    @Override
    public AttributeList getAttributes(String[] attributes) {
        SipStatistics now = statistics.get();
        AttributeList list = new AttributeList();
        for (RecordComponent count : COUNTS) {
            if (Arrays.asList(attributes).contains(count.getName())) {
                list.add(new Attribute(count.getName(), valueOf(count, now)));
            }
        }
        return list;
    }

    @Override
    public void setAttribute(Attribute attribute) {
        throw new UnsupportedOperationException("SIP statistics are read-only");
    }

    @Override
    public AttributeList setAttributes(AttributeList attributes) {
        return new AttributeList();
    }

    @Override
    public Object invoke(String action, Object[] params, String[] signature) {
        throw new UnsupportedOperationException("SIP statistics have no operations");
    }

    @Override
    public MBeanInfo getMBeanInfo() {
        MBeanAttributeInfo[] attributes = Arrays.stream(COUNTS)
                .map(count -> new MBeanAttributeInfo(count.getName(), "long", count.getName() + " since the server started",
                        true, false, false))
                .toArray(MBeanAttributeInfo[]::new);
        return new MBeanInfo(StatisticsMBean.class.getName(), "What the SIP server refused or could not read",
                attributes, null, null, null);
    }

    private static long valueOf(RecordComponent count, SipStatistics statistics) {
        try {
            return (long) count.getAccessor().invoke(statistics);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SipStatistics." + count.getName(), e);
        }
    }
}
