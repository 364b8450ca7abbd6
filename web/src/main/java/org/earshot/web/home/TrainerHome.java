package org.earshot.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.earshot.evaluation.AgentScore;
import org.earshot.evaluation.QualityFigures;

/** A trainer's agents: those they coach who have been evaluated, with their latest score and its change. */
@Named
@RequestScoped
public class TrainerHome {

    /** How many agents the section lists, the most recently evaluated first. */
    static final int SHOWN = 15;

    @EJB
    private QualityFigures quality;

    private List<AgentScore> agents;

    public List<AgentScore> getAgents() {
        if (agents == null) {
            agents = quality.coachedAgents().stream().limit(SHOWN).toList();
        }
        return agents;
    }
}
