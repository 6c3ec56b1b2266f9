package org.plenary.positions;

import org.springframework.data.jpa.repository.JpaRepository;

interface PositionBatches extends JpaRepository<PositionBatch, Long> {}
