package dev.careshop.adapter.persistence.shop.user;

import dev.careshop.adapter.persistence.contract.RepositoryContractSlice;
import dev.careshop.application.contract.UserRepositoryContract;
import dev.careshop.application.contract.ShopRepositories;
import org.springframework.beans.factory.annotation.Autowired;

@RepositoryContractSlice
class UserPersistenceAdapterContractTest extends UserRepositoryContract {

    @Autowired
    UserPersistenceAdapterContractTest(ShopRepositories shop) {
        super(shop);
    }
}
