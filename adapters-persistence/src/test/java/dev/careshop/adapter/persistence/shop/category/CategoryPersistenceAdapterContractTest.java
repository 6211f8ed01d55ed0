package dev.careshop.adapter.persistence.shop.category;

import dev.careshop.adapter.persistence.contract.RepositoryContractSlice;
import dev.careshop.application.contract.CategoryRepositoryContract;
import dev.careshop.application.contract.ShopRepositories;
import org.springframework.beans.factory.annotation.Autowired;

@RepositoryContractSlice
class CategoryPersistenceAdapterContractTest extends CategoryRepositoryContract {

    @Autowired
    CategoryPersistenceAdapterContractTest(ShopRepositories shop) {
        super(shop);
    }
}
