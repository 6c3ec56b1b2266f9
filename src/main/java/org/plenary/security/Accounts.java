package org.plenary.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<Account> findAllByOrderByUsername();

    @Query("""
			select new org.plenary.security.AccountRow(a.id, a.username, a.displayName, a.role, a.enabled, a.createdAt)
			from Account a order by lower(a.username)
			""")
    List<AccountRow> findRows();
}
